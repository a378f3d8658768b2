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

/*
 * `--heap-growing-percent=25`: after each mark-compact V8 lets the old generation grow to
 * 1.25× what survived, instead of a factor it picks between 1.1 and 4. Serving promotes little
 * (see api/http2-streams-map.ts), so V8 chose ~4× (37 → 145 MB at 10,400 calls/s) and each
 * mark-compact then had seconds' worth of garbage to finish in its pause: above all the external
 * strings Node's http2 makes of every request header value, which V8 allocates in the old
 * generation and finalises in the pause (~0.15 µs each, five per call). Pauses reached 150 ms;
 * half-rate p99 in bench/serve/throughput.ts was 99–135 ms. Capped: a mark-compact every ~1.2 s,
 * pauses ≤ 25 ms, half-rate p99 32.7–36.7 ms; closed-loop throughput −2.1%, training and import
 * time unchanged (bench/RESULTS.md, session 8).
 */
setFlagsFromString('--heap-growing-percent=25');
