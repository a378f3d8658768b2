/**
 * Pre-encoded request bodies for `bench/serve/.build/loadgen --bodies FILE`: concatenated gRPC
 * length-prefixed messages (flag byte 0, 4-byte big-endian length, protobuf bytes), one per call.
 * Encoded with protobufjs from the project's proto, with field names camelCased as proto-loader
 * (keepCase: false) and the generated types use them.
 */
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { PROTO_ROOT } from '../../src/api/proto.ts';

export const RUNTIME_SERVICE = 'attune.v1.PersonalizeRuntime';
export const GET_RECOMMENDATIONS_PATH = `/${RUNTIME_SERVICE}/GetRecommendations`;
export const GET_PERSONALIZED_RANKING_PATH = `/${RUNTIME_SERVICE}/GetPersonalizedRanking`;

export interface GetRecommendationsFrameRequest {
  campaignArn: string;
  userId?: string;
  itemId?: string;
  numResults?: number;
  filterArn?: string;
  filterValues?: Record<string, string>;
}

export interface GetPersonalizedRankingFrameRequest {
  campaignArn: string;
  userId: string;
  inputList: string[];
  filterArn?: string;
  filterValues?: Record<string, string>;
}

let runtimeTypes: { recommendations: protobuf.Type; ranking: protobuf.Type } | undefined;

/** The request message types, loaded once from proto/attune/v1/personalize_runtime.proto. */
function types() {
  if (runtimeTypes) return runtimeTypes;
  const root = new protobuf.Root();
  // Imports resolve against proto/ like proto-loader's includeDirs; google/protobuf/* come
  // bundled with protobufjs.
  root.resolvePath = (_origin, target) => (target.startsWith('/') ? target : join(PROTO_ROOT, target));
  root.loadSync('attune/v1/personalize_runtime.proto', { keepCase: false });
  root.resolveAll();
  runtimeTypes = {
    recommendations: root.lookupType('attune.v1.GetRecommendationsRequest'),
    ranking: root.lookupType('attune.v1.GetPersonalizedRankingRequest'),
  };
  return runtimeTypes;
}

function encodeFrames(type: protobuf.Type, requests: object[]): Buffer {
  const messages = requests.map((r) => {
    const invalid = type.verify(r);
    if (invalid) throw new Error(`${type.name}: ${invalid}`);
    return type.encode(type.fromObject(r)).finish();
  });
  const out = Buffer.alloc(messages.reduce((n, m) => n + 5 + m.length, 0));
  let at = 0;
  for (const m of messages) {
    out.writeUInt8(0, at);
    out.writeUInt32BE(m.length, at + 1);
    out.set(m, at + 5);
    at += 5 + m.length;
  }
  return out;
}

/** One gRPC frame per request, concatenated, for GetRecommendations. */
export function encodeGetRecommendationsFrames(requests: GetRecommendationsFrameRequest[]): Buffer {
  return encodeFrames(types().recommendations, requests);
}

/** One gRPC frame per request, concatenated, for GetPersonalizedRanking. */
export function encodeGetPersonalizedRankingFrames(requests: GetPersonalizedRankingFrameRequest[]): Buffer {
  return encodeFrames(types().ranking, requests);
}

/** Splits concatenated frames back into messages (for checks). */
export function splitFrames(frames: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < frames.length; ) {
    const len = frames.readUInt32BE(at + 1);
    out.push(frames.subarray(at + 5, at + 5 + len));
    at += 5 + len;
  }
  return out;
}
