/** Loads the public contract (proto/attune/v1) with the options the generated types assume. */
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import type { ProtoGrpcType as EventsProto } from './generated/personalize_events.ts';
import type { ProtoGrpcType as ControlProto } from './generated/personalize.ts';
import type { ProtoGrpcType as RuntimeProto } from './generated/personalize_runtime.ts';

/** The proto folder of the package (works from src/ and from dist/). */
export const PROTO_ROOT = fileURLToPath(new URL('../../proto', import.meta.url));

export const PROTO_FILES = ['attune/v1/personalize.proto', 'attune/v1/personalize_events.proto', 'attune/v1/personalize_runtime.proto'];

/** Must match the flags of `npm run gen:proto-types`. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

/** The loaded package definition and typed service constructors. */
export function loadProtos() {
  const definition = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
  const loaded = grpc.loadPackageDefinition(definition) as unknown as ControlProto & EventsProto & RuntimeProto;
  return { definition, attune: loaded.attune.v1 };
}
