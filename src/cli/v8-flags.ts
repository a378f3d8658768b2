/**
 * V8 settings for the server process, applied before any other module is evaluated (run.ts
 * imports this first).
 *
 * `--no-allocation-site-pretenuring`: V8 watches which allocation sites' objects survive
 * young-generation collections and, past a survival ratio, allocates that site's objects straight
 * into the old generation. A collection that lands in the middle of a call (500 PredictedItems
 * of a ranking, the request's decoded strings) sees every object of those sites alive, so the
 * sites get pretenured: from then on every call's objects are old-generation garbage, and the
 * server runs a mark-compact every few seconds with 10–40 ms pauses. Without pretenuring, the
 * young-generation collections under GetPersonalizedRanking load promote ~0.1 MB instead of
 * ~6.5 MB each and take ~1 ms instead of 4–9 ms; ranking's p99 at 200/s fell from 12.7–23.7 ms
 * to 2.5–3.9 ms (bench/RESULTS.md, session 7). Serving's long-lived data (catalog, histories,
 * caches) is built once and promoted normally.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
