/**
 * MovieLens "latest small" (ratings.csv, movies.csv) as a TrainingSnapshot: ratings are
 * interactions (EVENT_VALUE = rating), each user's sorted by time; movie genres `A|B|C` are the
 * categorical item field GENRES. The data folder defaults to /work/shared/data/ml-latest-small
 * and can be set with ML_LATEST_DIR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemFeatures, TrainingSnapshot } from '../../src/data/snapshot/types.ts';

/** The default location of the data set. */
export const ML_LATEST_DIR = process.env.ML_LATEST_DIR ?? '/work/shared/data/ml-latest-small';

/** All ratings, by user and oldest first, with the genre features of every movie. */
export interface MovieLens {
  numUsers: number;
  numItems: number;
  /** Row pointers by user into itemIdx/timestamp/rating. */
  userPtr: Int32Array;
  itemIdx: Int32Array;
  timestamp: Float64Array;
  rating: Float32Array;
  /** movieId of each item index. */
  movieIds: Int32Array;
  itemFeatures: ItemFeatures;
}

/** Lines of a CSV file without its header and blank lines. */
function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.length > 0);
}

/** Reads ratings.csv and movies.csv from `dir`; item indexes follow movies.csv order (then unknown movies). */
export function loadMovieLensLatest(dir = ML_LATEST_DIR): MovieLens {
  const itemOf = new Map<number, number>();
  const movieIds: number[] = [];
  const genresOf: string[][] = [];
  for (const line of dataLines(join(dir, 'movies.csv'))) {
    // movieId,title,genres — the title may be quoted and hold commas, so cut at the first and last comma.
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    const movieId = Number(line.slice(0, first));
    const genres = line.slice(last + 1);
    itemOf.set(movieId, movieIds.length);
    movieIds.push(movieId);
    genresOf.push(genres === '(no genres listed)' ? [] : genres.split('|'));
  }
  const rows: { user: number; item: number; ts: number; rating: number; seq: number }[] = [];
  const userOf = new Map<number, number>();
  for (const line of dataLines(join(dir, 'ratings.csv'))) {
    const [u, m, r, t] = line.split(',');
    const userId = Number(u);
    const movieId = Number(m);
    let user = userOf.get(userId);
    if (user === undefined) userOf.set(userId, (user = userOf.size));
    let item = itemOf.get(movieId);
    if (item === undefined) {
      itemOf.set(movieId, (item = movieIds.length));
      movieIds.push(movieId);
      genresOf.push([]);
    }
    rows.push({ user, item, ts: Number(t), rating: Number(r), seq: rows.length });
  }
  rows.sort((a, b) => a.user - b.user || a.ts - b.ts || a.seq - b.seq);
  const numUsers = userOf.size;
  const userPtr = new Int32Array(numUsers + 1);
  const itemIdx = new Int32Array(rows.length);
  const timestamp = new Float64Array(rows.length);
  const rating = new Float32Array(rows.length);
  rows.forEach((row, p) => {
    userPtr[row.user + 1]!++;
    itemIdx[p] = row.item;
    timestamp[p] = row.ts;
    rating[p] = row.rating;
  });
  for (let u = 0; u < numUsers; u++) userPtr[u + 1]! += userPtr[u]!;
  return {
    numUsers,
    numItems: movieIds.length,
    userPtr,
    itemIdx,
    timestamp,
    rating,
    movieIds: Int32Array.from(movieIds),
    itemFeatures: genreFeatures(genresOf),
  };
}

/** Item × feature CSR of GENRES=<genre> features, feature indexes in order of first appearance. */
function genreFeatures(genresOf: string[][]): ItemFeatures {
  const featureOf = new Map<string, number>();
  const itemPtr = new Int32Array(genresOf.length + 1);
  const idx: number[] = [];
  genresOf.forEach((genres, item) => {
    const row = [...new Set(genres)].map((g) => {
      let f = featureOf.get(g);
      if (f === undefined) featureOf.set(g, (f = featureOf.size));
      return f;
    });
    row.sort((a, b) => a - b);
    idx.push(...row);
    itemPtr[item + 1] = idx.length;
  });
  return {
    numFeatures: featureOf.size,
    itemPtr,
    featureIdx: Int32Array.from(idx),
    featureField: new Int32Array(featureOf.size),
    fieldNames: ['GENRES'],
  };
}

/** A snapshot of the ratings for which keep(user, position) holds (all of them when omitted). */
export function snapshotOf(ml: MovieLens, keep?: (user: number, position: number) => boolean): TrainingSnapshot {
  const userPtr = new Int32Array(ml.numUsers + 1);
  const kept: number[] = [];
  for (let u = 0; u < ml.numUsers; u++) {
    for (let p = ml.userPtr[u]!; p < ml.userPtr[u + 1]!; p++) if (keep === undefined || keep(u, p)) kept.push(p);
    userPtr[u + 1] = kept.length;
  }
  const n = kept.length;
  const itemIdx = new Int32Array(n);
  const timestamp = new Float64Array(n);
  const value = new Float32Array(n);
  let latest = -Infinity;
  kept.forEach((p, at) => {
    itemIdx[at] = ml.itemIdx[p]!;
    timestamp[at] = ml.timestamp[p]!;
    value[at] = ml.rating[p]!;
    if (timestamp[at]! > latest) latest = timestamp[at]!;
  });
  return {
    interactions: {
      numUsers: ml.numUsers,
      numItems: ml.numItems,
      userPtr,
      itemIdx,
      timestamp,
      weight: new Float32Array(n).fill(1),
      value,
      eventType: new Int16Array(n),
    },
    eventTypes: ['RATING'],
    itemFeatures: ml.itemFeatures,
    latestTimestamp: latest,
  };
}

/** Each user's last rating held out (users with at least 2): the training snapshot, and per test user the query (second-to-last item) and the target (last item). */
export function leaveLastOut(ml: MovieLens): { snapshot: TrainingSnapshot; queries: Int32Array; targets: Int32Array } {
  const queries: number[] = [];
  const targets: number[] = [];
  for (let u = 0; u < ml.numUsers; u++) {
    const end = ml.userPtr[u + 1]!;
    if (end - ml.userPtr[u]! < 2) continue;
    queries.push(ml.itemIdx[end - 2]!);
    targets.push(ml.itemIdx[end - 1]!);
  }
  const snapshot = snapshotOf(ml, (u, p) => p !== ml.userPtr[u + 1]! - 1 || ml.userPtr[u + 1]! - ml.userPtr[u]! < 2);
  return { snapshot, queries: Int32Array.from(queries), targets: Int32Array.from(targets) };
}
