/**
 * A fresh streams map for each HTTP/2 session after every stream closes: a workaround for a
 * retention problem between Node's http2 and V8 that made every call's objects outlive
 * young-generation collections.
 *
 * Node keeps a session's open streams in a Map (`session[kState].streams`): each call adds its
 * stream and deletes it when the stream closes. A V8 Map that fills with deleted entries
 * rehashes into a new backing table, and the obsolete table keeps its entries and a link to its
 * successor (for iterators that were walking it). Once one table of that chain is in the old
 * generation (a mark-compact promotes the current one, or it sits through two scavenges), every
 * later table, and every stream each one held, is reachable from old space; scavenges treat
 * old-to-young pointers as roots, dead or not, so each call's stream, headers, grpc-js call and
 * response survive until the next mark-compact. Measured on a plain `http2` server (no grpc-js)
 * at 9,329 calls/s: 1,190 kB promoted per scavenge; with a fresh map after each close, 73 kB.
 * Attune: ~1 MB → 64 kB per scavenge (bench/RESULTS.md, session 8).
 *
 * Replacing the Map with a copy of itself (0–3 entries) breaks the chain: the copy starts with a
 * young table and no predecessor. Node reads `session[kState].streams` afresh wherever it uses
 * it, so the copy is what it sees next. The state is found by its symbol's description; where a
 * Node version has no such Map, nothing is changed.
 */
import http2 from 'node:http2';

type StreamsMap = Map<number, unknown>;
type SessionState = { streams?: StreamsMap };

/** The session's internal state object, when this Node version has one with a streams map. */
function stateOf(session: http2.ServerHttp2Session): SessionState | undefined {
  const symbol = Object.getOwnPropertySymbols(session).find((s) => s.description === 'state');
  const state = symbol ? ((session as unknown as Record<symbol, unknown>)[symbol] as SessionState | undefined) : undefined;
  // Node's primordial SafeMap is not `instanceof Map` (its prototype is a copy): check the shape.
  return typeof state?.streams?.delete === 'function' && typeof state.streams.size === 'number' ? state : undefined;
}

/** Gives each session of `server` a fresh streams map after each of its streams closes. */
export function renewStreamMaps(server: http2.Http2Server): void {
  server.on('session', (session: http2.ServerHttp2Session) => {
    const state = stateOf(session);
    if (!state) return;
    session.on('stream', (stream: http2.ServerHttp2Stream) => {
      // 'close' comes after Node deleted the stream from the map (Http2Stream._destroy).
      stream.once('close', () => {
        const streams = state.streams;
        if (streams) state.streams = new (streams.constructor as new (entries: StreamsMap) => StreamsMap)(streams);
      });
    });
  });
}

/** Binds in progress; http2.createServer is wrapped while there is one. */
let binding = 0;
const originalCreateServer = http2.createServer;
const renewingCreateServer = function (this: unknown, ...args: unknown[]) {
  const server = (originalCreateServer as (...a: unknown[]) => http2.Http2Server).apply(this, args);
  renewStreamMaps(server);
  return server;
} as typeof http2.createServer;

/**
 * Runs `bind` (which creates HTTP/2 servers, as grpc-js's bindAsync does) with every server
 * created until `bind` calls back given fresh stream maps (renewStreamMaps). Binds may overlap:
 * http2.createServer is wrapped from the first start to the last callback.
 */
export function bindRenewingStreamMaps(bind: (done: () => void) => void): void {
  if (binding++ === 0) http2.createServer = renewingCreateServer;
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    if (--binding === 0 && http2.createServer === renewingCreateServer) http2.createServer = originalCreateServer;
  };
  try {
    bind(done);
  } catch (err) {
    done();
    throw err;
  }
}
