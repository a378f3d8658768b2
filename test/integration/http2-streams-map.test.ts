/**
 * The fresh-streams-map workaround (src/api/http2-streams-map.ts) on real HTTP/2 servers: the
 * map is replaced after each stream closes and stays consistent, sessions still close
 * gracefully, and the grpc-js bind helper wraps http2.createServer only while binding.
 */
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { bindRenewingStreamMaps, renewStreamMaps } from '../../src/api/http2-streams-map.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function streamsOf(session: http2.ServerHttp2Session): Map<number, unknown> {
  const symbol = Object.getOwnPropertySymbols(session).find((s) => s.description === 'state')!;
  const state = (session as unknown as Record<symbol, { streams: Map<number, unknown> } | undefined>)[symbol];
  if (!state) throw new Error('no session state');
  return state.streams;
}

/** A plain HTTP/2 server answering each request after `delayMs`, with its sessions. */
async function startServer(delayMs: number) {
  const server = http2.createServer();
  renewStreamMaps(server);
  const sessions: http2.ServerHttp2Session[] = [];
  server.on('session', (s) => sessions.push(s));
  server.on('stream', (stream, headers) => {
    stream.resume();
    setTimeout(() => {
      if (stream.closed) return;
      stream.respond({ ':status': 200 });
      stream.end(String(headers[':path']));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => server.close());
  return { server, sessions, port: (server.address() as AddressInfo).port };
}

function request(client: http2.ClientHttp2Session, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = client.request({ ':path': path, ':method': 'POST' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => resolve(body));
    req.on('error', reject);
    req.end();
  });
}

describe('fresh HTTP/2 streams maps', () => {
  it('replaces the session streams map after each stream closes; concurrent calls all complete', async () => {
    const { sessions, port } = await startServer(5);
    const client = http2.connect(`http://127.0.0.1:${port}`);
    cleanups.push(() => client.close());
    expect(await request(client, '/first')).toBe('/first');
    const session = sessions[0]!;
    const seen = new Set<Map<number, unknown>>([streamsOf(session)]);
    for (let round = 0; round < 5; round++) {
      const paths = Array.from({ length: 20 }, (_, i) => `/r${round}/c${i}`);
      // 20 in flight at once: streams are added while others close and the map is replaced.
      expect(await Promise.all(paths.map((p) => request(client, p)))).toEqual(paths);
      seen.add(streamsOf(session));
    }
    await new Promise((r) => setImmediate(r));
    expect(seen.size).toBeGreaterThan(1);
    expect(streamsOf(session).size).toBe(0);
    expect(sessions).toHaveLength(1);
  });

  it('still lets a session close gracefully once its open streams finish', async () => {
    const { sessions, port } = await startServer(50);
    const client = http2.connect(`http://127.0.0.1:${port}`);
    cleanups.push(() => client.destroy());
    await request(client, '/warm');
    const pending = Promise.all([request(client, '/a'), request(client, '/b')]);
    await new Promise((r) => setTimeout(r, 10));
    const session = sessions[0]!;
    expect(streamsOf(session).size).toBe(2);
    // close() waits for the open streams; the session is destroyed when the map is empty.
    const closed = new Promise<void>((resolve) => session.once('close', () => resolve()));
    session.close();
    expect(await pending).toEqual(['/a', '/b']);
    await closed;
    expect(session.destroyed).toBe(true);
  });

  it('wraps http2.createServer only until the bind calls back (grpc-js bindAsync)', async () => {
    const create = http2.createServer;
    const server = new grpc.Server();
    cleanups.push(() => server.forceShutdown());
    let during: unknown;
    const port = await new Promise<number>((resolve, reject) =>
      bindRenewingStreamMaps((done) => {
        during = http2.createServer;
        server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, bound) => {
          done();
          if (err) reject(err);
          else resolve(bound);
        });
      }),
    );
    expect(port).toBeGreaterThan(0);
    expect(during).not.toBe(create);
    expect(http2.createServer).toBe(create);
  });

  it('keeps the wrapper until the last of overlapping binds calls back, and restores it when a bind throws', () => {
    const create = http2.createServer;
    const finish: (() => void)[] = [];
    bindRenewingStreamMaps((done) => finish.push(done));
    bindRenewingStreamMaps((done) => finish.push(done));
    expect(http2.createServer).not.toBe(create);
    finish[0]!();
    finish[0]!(); // a second call of the same done changes nothing
    expect(http2.createServer).not.toBe(create);
    finish[1]!();
    expect(http2.createServer).toBe(create);
    expect(() =>
      bindRenewingStreamMaps(() => {
        throw new Error('bad address');
      }),
    ).toThrow('bad address');
    expect(http2.createServer).toBe(create);
  });
});
