/**
 * The gRPC server: the Attune services this process serves (all three, or those of its roles),
 * the standard health service and server reflection (which lists health too). A service a
 * process does not serve is not registered: its methods answer UNIMPLEMENTED, reflection does
 * not list it and health reports it NOT_SERVING.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import type { Logger } from '../common/logger.ts';
import { batchHandlers } from './handlers/batch.ts';
import { campaignHandlers } from './handlers/campaigns.ts';
import { dataJobHandlers } from './handlers/data-jobs.ts';
import { datasetHandlers } from './handlers/datasets.ts';
import { eventHandlers } from './handlers/events.ts';
import { filterHandlers } from './handlers/filters.ts';
import { importHandlers } from './handlers/imports.ts';
import { runtimeHandlers } from './handlers/runtime.ts';
import { solutionHandlers } from './handlers/solutions.ts';
import { trackerHandlers } from './handlers/trackers.ts';
import { bindRenewingStreamMaps } from './http2-streams-map.ts';
import { loadProtos } from './proto.ts';
import { withRuntimeEncoders } from './runtime-codec.ts';
import type { Services } from './services.ts';
import { InFlight } from './unary.ts';

export const SERVICE_NAMES = ['attune.v1.Personalize', 'attune.v1.PersonalizeEvents', 'attune.v1.PersonalizeRuntime'];

/** The service each role serves (a trainer serves none: only health and reflection). */
export const ROLE_SERVICES: Readonly<Record<string, string>> = {
  control: 'attune.v1.Personalize',
  events: 'attune.v1.PersonalizeEvents',
  runtime: 'attune.v1.PersonalizeRuntime',
};

/** The services a process with these roles serves. */
export function servicesOf(roles: readonly string[]): string[] {
  return SERVICE_NAMES.filter((name) => roles.some((r) => ROLE_SERVICES[r] === name));
}

/** A built server, not yet listening. */
export interface ApiServer {
  server: grpc.Server;
  health: HealthImplementation;
  inFlight: InFlight;
  /** The Attune services registered (a subset of SERVICE_NAMES). */
  served: string[];
}

/** Builds the gRPC server around the domain services; `served` names the Attune services to register (default all). */
export function buildServer(services: Services, logger: Logger, accountId: string, served: readonly string[] = SERVICE_NAMES): ApiServer {
  const { definition, attune } = loadProtos();
  const server = new grpc.Server({
    'grpc.max_receive_message_length': 8 * 1024 * 1024,
    'grpc.keepalive_time_ms': 60_000,
    'grpc.keepalive_timeout_ms': 20_000,
    // Channelz bookkeeping (per-call trackers, timestamps and listeners) serves grpc-js's channelz
    // service, which Attune does not expose; off, a call costs less on the gRPC thread.
    'grpc.enable_channelz': 0,
  });
  const inFlight = new InFlight();
  const deps = { logger: logger.child({ component: 'api' }), inFlight };
  const serves = (name: string) => served.includes(name);
  if (serves('attune.v1.Personalize')) {
    server.addService(attune.Personalize.service, {
      ...datasetHandlers(services, deps),
      ...importHandlers(services, deps),
      ...trackerHandlers(services, deps, accountId),
      ...solutionHandlers(services, deps),
      ...campaignHandlers(services, deps),
      ...filterHandlers(services, deps),
      ...batchHandlers(services, deps),
      ...dataJobHandlers(services, deps),
    });
  }
  if (serves('attune.v1.PersonalizeEvents')) server.addService(attune.PersonalizeEvents.service, eventHandlers(services, deps));
  // The runtime's responses are encoded by hand (runtime-codec.ts): the hot path's garbage.
  if (serves('attune.v1.PersonalizeRuntime')) server.addService(withRuntimeEncoders(attune.PersonalizeRuntime.service), runtimeHandlers(services, deps));

  const health = new HealthImplementation({ '': 'NOT_SERVING', ...Object.fromEntries(SERVICE_NAMES.map((n) => [n, 'NOT_SERVING' as const])) });
  health.addToServer(server);
  const healthDefinition = protoLoader.loadSync(healthProtoPath, { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
  const listed = [...SERVICE_NAMES.filter(serves), 'grpc.health.v1.Health'];
  new ReflectionService({ ...definition, ...healthDefinition }, { services: listed }).addToServer(server);
  return { server, health, inFlight, served: SERVICE_NAMES.filter(serves) };
}

/** Binds the server; resolves with the bound port. */
export function listen(server: grpc.Server, host: string, port: number): Promise<number> {
  const address = host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise((resolve, reject) => {
    // The HTTP/2 servers grpc-js creates while binding get fresh stream maps (http2-streams-map.ts).
    bindRenewingStreamMaps((done) =>
      server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, bound) => {
        done();
        if (err) reject(err);
        else resolve(bound);
      }),
    );
  });
}
