/**
 * A bare @grpc/grpc-js server: attune.v1.PersonalizeRuntime with GetRecommendations answering
 * every call with the same 25 items, to measure what grpc-js itself costs on this machine.
 * GetPersonalizedRanking is left out on purpose, so calling it gets UNIMPLEMENTED (12).
 *
 *   npx tsx bench/serve/bare-server.ts [port]      # port 0 or none: any free port
 *
 * Prints `READY <port>` on stdout once bound; stops on SIGINT/SIGTERM.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { LOADER_OPTIONS } from '../../src/api/proto.ts';
import type { GetRecommendationsResponse } from '../../src/api/generated/attune/v1/GetRecommendationsResponse.ts';
import type { ProtoGrpcType } from '../../src/api/generated/personalize_runtime.ts';

const port = Number(process.argv[2] ?? 0);
const host = process.argv[3] ?? '127.0.0.1';

// Same loader options (keepCase false, longs String, enums String, defaults, oneofs, includeDirs
// [proto/]) as src/api/proto.ts; google/protobuf/struct.proto comes bundled with protobufjs.
const definition = protoLoader.loadSync('attune/v1/personalize_runtime.proto', LOADER_OPTIONS);
const runtime = (grpc.loadPackageDefinition(definition) as unknown as ProtoGrpcType).attune.v1.PersonalizeRuntime;

const response: GetRecommendationsResponse = {
  itemList: Array.from({ length: 25 }, (_, i) => ({ itemId: `item-${12345 + i * 7}`, score: 0.9 - i * 0.01 })),
  recommendationId: 'RID-bare-0123456789abcdef',
};

const server = new grpc.Server();
server.addService(runtime.service, {
  GetRecommendations: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<GetRecommendationsResponse>) => callback(null, response),
});
server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  console.log(`READY ${bound}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.forceShutdown();
    process.exit(0);
  });
}
