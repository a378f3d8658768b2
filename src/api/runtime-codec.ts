/**
 * A hand-written protobuf encoder for the two runtime responses (GetRecommendationsResponse,
 * GetPersonalizedRankingResponse), the messages Attune sends thousands of times a second.
 * protobufjs's encode (through proto-loader's fromObject) builds a message object per item and a
 * linked list of write operations per field: about 18 kB of garbage for 25 items, which made
 * young-generation collections the largest single cost on the gRPC thread under load. This
 * encoder measures the message, then writes it into one buffer. Its output is byte for byte what
 * protobufjs writes for the same message: fields in number order, every field that is set
 * (an empty string too, as protobufjs does; unset ones are left out), map entries with both key
 * and value. runtime-codec.test.ts checks this against protobufjs on random messages.
 *
 *   PredictedItem { string item_id = 1; optional double score = 2; string promotion_name = 3;
 *                   map<string, string> metadata = 4; repeated string reason = 5; }
 *   Get…Response { repeated PredictedItem <list> = 1; string recommendation_id = 2; }
 */
import type * as grpc from '@grpc/grpc-js';
import type { PredictedItem } from './generated/attune/v1/PredictedItem.ts';

/** The fields of a response the encoder reads: the item list under its name, and the id. */
type ItemsResponse = { recommendationId?: string | null } & Record<string, unknown>;

const LEN = 2;
const I64 = 1;
const tag = (field: number, wire: number) => (field << 3) | wire;
const TAG_ITEM_ID = tag(1, LEN);
const TAG_SCORE = tag(2, I64);
const TAG_PROMOTION = tag(3, LEN);
const TAG_METADATA = tag(4, LEN);
const TAG_REASON = tag(5, LEN);
const TAG_MAP_KEY = tag(1, LEN);
const TAG_MAP_VALUE = tag(2, LEN);
const TAG_LIST = tag(1, LEN);
const TAG_RECOMMENDATION_ID = tag(2, LEN);

/** Bytes of `n` (a non-negative int below 2^31) as a varint. */
function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** UTF-8 bytes of `s` (ASCII counted in JS; anything else asks Buffer). */
function utf8Size(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return Buffer.byteLength(s, 'utf8');
  return s.length;
}

/** Sizes of one item: the item's own message, and its metadata entries' bodies in order (reused). */
function itemSize(item: PredictedItem, entrySizes: number[]): number {
  let size = 0;
  if (item.itemId != null) size += 1 + lenSize(utf8Size(item.itemId));
  if (item.score != null) size += 9;
  if (item.promotionName != null) size += 1 + lenSize(utf8Size(item.promotionName));
  const metadata = item.metadata;
  if (metadata) {
    for (const key in metadata) {
      const entry = 1 + lenSize(utf8Size(key)) + 1 + lenSize(utf8Size(metadata[key] ?? ''));
      entrySizes.push(entry);
      size += 1 + lenSize(entry);
    }
  }
  const reason = item.reason;
  if (reason) for (let r = 0; r < reason.length; r++) size += 1 + lenSize(utf8Size(reason[r] ?? ''));
  return size;
}

/** Bytes of a length prefix and `n` bytes after it. */
function lenSize(n: number): number {
  return varintSize(n) + n;
}

/** Writes into one buffer, front to back. */
class Out {
  at = 0;
  constructor(readonly buf: Buffer) {}

  varint(n: number): void {
    const buf = this.buf;
    while (n >= 0x80) {
      buf[this.at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[this.at++] = n;
  }

  /** A string field's length and bytes (ASCII in JS; anything else through Buffer.write). */
  string(s: string): void {
    const n = s.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      const bytes = Buffer.byteLength(s, 'utf8');
      this.varint(bytes);
      this.at += this.buf.write(s, this.at, bytes, 'utf8');
      return;
    }
    this.varint(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  double(v: number): void {
    this.at = this.buf.writeDoubleLE(v, this.at);
  }
}

/** The encoded response; `listName` is the item list's field name in the response object. */
export function encodeItemsResponse(message: ItemsResponse, listName: string): Buffer {
  const items = (message[listName] as PredictedItem[] | undefined) ?? [];
  const recommendationId = message.recommendationId;
  const sizes = new Array<number>(items.length);
  const entrySizes: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const size = itemSize(items[i]!, entrySizes);
    sizes[i] = size;
    total += 1 + lenSize(size);
  }
  if (recommendationId != null) total += 1 + lenSize(utf8Size(recommendationId));

  const out = new Out(Buffer.allocUnsafe(total));
  let entry = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out.varint(TAG_LIST);
    out.varint(sizes[i]!);
    if (item.itemId != null) {
      out.varint(TAG_ITEM_ID);
      out.string(item.itemId);
    }
    if (item.score != null) {
      out.varint(TAG_SCORE);
      out.double(Number(item.score));
    }
    if (item.promotionName != null) {
      out.varint(TAG_PROMOTION);
      out.string(item.promotionName);
    }
    const metadata = item.metadata;
    if (metadata) {
      for (const key in metadata) {
        out.varint(TAG_METADATA);
        out.varint(entrySizes[entry++]!);
        out.varint(TAG_MAP_KEY);
        out.string(key);
        out.varint(TAG_MAP_VALUE);
        out.string(metadata[key] ?? '');
      }
    }
    const reason = item.reason;
    if (reason) {
      for (let r = 0; r < reason.length; r++) {
        out.varint(TAG_REASON);
        out.string(reason[r] ?? '');
      }
    }
  }
  if (recommendationId != null) {
    out.varint(TAG_RECOMMENDATION_ID);
    out.string(recommendationId);
  }
  if (out.at !== total) throw new Error(`runtime response encoder wrote ${out.at} bytes of ${total}`);
  return out.buf;
}

/** The item list's field name of each runtime method's response. */
const LISTS: Record<string, string> = { GetRecommendations: 'itemList', GetPersonalizedRanking: 'personalizedRanking' };

/**
 * The PersonalizeRuntime service definition with this encoder for its responses (requests,
 * and every client, keep proto-loader's codecs). The loaded definition is not changed.
 */
export function withRuntimeEncoders(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<unknown, unknown>> = { ...service };
  for (const [method, listName] of Object.entries(LISTS)) {
    const definition = service[method];
    if (!definition) throw new Error(`PersonalizeRuntime has no ${method}`);
    out[method] = { ...definition, responseSerialize: (value: unknown) => encodeItemsResponse(value as ItemsResponse, listName) };
  }
  return out;
}
