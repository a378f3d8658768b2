import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { SeededRandom } from '../common/random.ts';
import type { PredictedItem } from './generated/attune/v1/PredictedItem.ts';
import { loadProtos } from './proto.ts';
import { encodeItemsResponse, withRuntimeEncoders } from './runtime-codec.ts';

const service = loadProtos().attune.PersonalizeRuntime.service as unknown as ServiceDefinition;
const protobufjs = {
  GetRecommendations: service.GetRecommendations!,
  GetPersonalizedRanking: service.GetPersonalizedRanking!,
};

const hex = (b: Buffer) => b.toString('hex');

const ALPHABET = ['a', 'Z', '7', '-', '_', ' ', 'é', 'ß', '中', '😀', '\u0000', '"'];

function text(rng: SeededRandom, max: number): string {
  let s = '';
  const n = rng.int(max + 1);
  // Mostly ASCII, sometimes two-, three- and four-byte UTF-8.
  for (let i = 0; i < n; i++) s += rng.next() < 0.8 ? String.fromCharCode(32 + rng.int(95)) : ALPHABET[rng.int(ALPHABET.length)]!;
  return s;
}

function randomItem(rng: SeededRandom): PredictedItem {
  const item: PredictedItem = { itemId: `i${rng.int(1_000_000)}${rng.next() < 0.2 ? text(rng, 300) : ''}` };
  const r = rng.next();
  if (r < 0.6) item.score = rng.next();
  else if (r < 0.7) item.score = 0;
  else if (r < 0.75) item.score = -rng.normal() * 1e300;
  if (rng.next() < 0.2) item.promotionName = text(rng, 40) || 'p';
  if (rng.next() < 0.3) {
    item.metadata = {};
    const n = rng.int(4);
    for (let c = 0; c < n; c++) item.metadata[`${text(rng, 12)}${c}`] = text(rng, rng.next() < 0.1 ? 5_000 : 30);
  }
  if (rng.next() < 0.3) item.reason = Array.from({ length: 1 + rng.int(2) }, () => text(rng, 20));
  return item;
}

describe('runtime response encoder', () => {
  it('writes exactly the bytes protobufjs writes, for both responses, on random messages', () => {
    const rng = new SeededRandom(42);
    for (let m = 0; m < 400; m++) {
      const items = Array.from({ length: rng.int(m % 50 === 0 ? 500 : 30) }, () => randomItem(rng));
      const recommendationId = rng.next() < 0.9 ? `RID-${text(rng, 40)}` : '';
      const recs = { itemList: items, recommendationId };
      expect(hex(encodeItemsResponse(recs, 'itemList'))).toBe(hex(protobufjs.GetRecommendations.responseSerialize(recs)));
      const ranking = { personalizedRanking: items, recommendationId };
      expect(hex(encodeItemsResponse(ranking, 'personalizedRanking'))).toBe(hex(protobufjs.GetPersonalizedRanking.responseSerialize(ranking)));
    }
  });

  it('round-trips through the protobufjs decoder', () => {
    const items: PredictedItem[] = [
      { itemId: 'a', score: 0.25, reason: ['Promoted item'], promotionName: 'sale', metadata: { GENRE: 'Comedy|Drama', PRICE: '9.5' } },
      { itemId: 'b' },
      { itemId: 'ü-🙂', score: 0 },
    ];
    const bytes = encodeItemsResponse({ itemList: items, recommendationId: 'RID-1' }, 'itemList');
    const back = protobufjs.GetRecommendations.responseDeserialize(bytes) as { itemList: PredictedItem[]; recommendationId: string };
    expect(back.recommendationId).toBe('RID-1');
    expect(back.itemList.map((p) => [p.itemId, p.score, p.promotionName, p.metadata, p.reason])).toEqual([
      ['a', 0.25, 'sale', { GENRE: 'Comedy|Drama', PRICE: '9.5' }, ['Promoted item']],
      ['b', undefined, '', {}, []],
      ['ü-🙂', 0, '', {}, []],
    ]);
    expect(encodeItemsResponse({ itemList: [] }, 'itemList').length).toBe(0);
  });

  it('replaces only the runtime responses’ serializers, on a copy of the definition', () => {
    const replaced = withRuntimeEncoders(service);
    expect(replaced).not.toBe(service);
    expect(service.GetRecommendations!.responseSerialize).toBe(protobufjs.GetRecommendations.responseSerialize);
    for (const method of ['GetRecommendations', 'GetPersonalizedRanking'] as const) {
      expect(replaced[method]!.responseSerialize).not.toBe(service[method]!.responseSerialize);
      expect(replaced[method]!.requestDeserialize).toBe(service[method]!.requestDeserialize);
      expect(replaced[method]!.path).toBe(service[method]!.path);
    }
  });
});
