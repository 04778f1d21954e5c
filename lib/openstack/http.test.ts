import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// A real HTTP server on loopback that can drop a kept-alive connection the moment a request
// arrives on it (what gunicorn does when its keep-alive timer fires as the request comes in).
type Behaviour = 'answer' | 'close-reused' | 'close-always' | 'hang';

interface TestServer {
  url: string;
  requests: { method: string; socketRequest: number }[];
  sockets: number;
  close: () => Promise<void>;
}

async function startServer(behaviour: Behaviour): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const perSocket = new WeakMap<Socket, number>();
  const open = new Set<Socket>();
  let sockets = 0;
  const server = http.createServer((req, res) => {
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    requests.push({ method: req.method ?? '', socketRequest: n });
    if (behaviour === 'close-always' || (behaviour === 'close-reused' && n > 1)) return void req.socket.destroy();
    if (behaviour === 'hang') return;
    res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' });
    res.end(JSON.stringify({ n }));
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get sockets() {
      return sockets;
    },
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let openstackRequest: typeof import('./http').openstackRequest;
let OpenStackUnavailableError: typeof import('./errors').OpenStackUnavailableError;
const servers: TestServer[] = [];

beforeAll(async () => {
  process.env.SESSION_SECRET = 'x'.repeat(32);
  // keep connections long enough that the second request reuses the first one's
  process.env.OPENSTACK_KEEPALIVE_MS = '30000';
  process.env.OPENSTACK_BREAKER_COOLDOWN_MS = '60000';
  ({ openstackRequest } = await import('./http'));
  ({ OpenStackUnavailableError } = await import('./errors'));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(behaviour: Behaviour) {
  const server = await startServer(behaviour);
  servers.push(server);
  return server;
}

const call = (server: TestServer, method: 'GET' | 'POST' | 'DELETE' = 'GET', timeoutMs?: number) =>
  openstackRequest<{ n: number }>({ service: 'keystone', baseUrl: server.url, path: '/v3/x', method, json: method === 'POST' ? {} : undefined, timeoutMs });

// undici's pool may open a second connection before it reuses the first, so each test makes
// calls until the server has dropped a request that came on a reused connection.
const CALLS = 6;
const dropped = (server: TestServer) => server.requests.filter((r) => r.socketRequest > 1).length;

describe('openstackRequest on a kept-alive connection the server closes', () => {
  for (const method of ['GET', 'DELETE'] as const) {
    it(`retries a ${method} once on a new connection and returns its answer`, async () => {
      const server = await serve('close-reused');
      for (let i = 0; i < CALLS; i++) expect((await call(server, method)).status).toBe(200);
      expect(dropped(server)).toBeGreaterThan(0);
      // every dropped request was sent again once, and only those
      expect(server.requests).toHaveLength(CALLS + dropped(server));
    });
  }

  it('does not resend a POST: it is not idempotent', async () => {
    const server = await serve('close-reused');
    let failed = 0;
    for (let i = 0; i < CALLS && !failed; i++) {
      await call(server, 'POST').catch((error) => {
        expect(error).toBeInstanceOf(OpenStackUnavailableError);
        failed++;
      });
    }
    expect(failed).toBe(1);
    expect(dropped(server)).toBe(1);
    // the dropped POST is the last request the server saw: nothing resent it
    expect(server.requests.at(-1)?.socketRequest).toBeGreaterThan(1);
  });

  it('does not retry when a fresh connection is closed: that server is really failing', async () => {
    const server = await serve('close-always');
    await expect(call(server)).rejects.toBeInstanceOf(OpenStackUnavailableError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the circuit breaker of an upstream', () => {
  it('after a timeout, fails the next requests at once without sending them', async () => {
    const server = await serve('hang');
    await expect(call(server, 'GET', 300)).rejects.toMatchObject({ reason: 'timeout', service: 'keystone' });
    await expect(call(server, 'GET', 300)).rejects.toMatchObject({ reason: 'breaker-open', service: 'keystone' });
    await expect(call(server, 'POST', 300)).rejects.toMatchObject({ reason: 'breaker-open' });
    expect(server.requests).toHaveLength(1);
  });

  it('a refused connection does not open it: failing is already fast there', async () => {
    const server = await serve('answer');
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const refused = { ...server, url };
    await expect(call(refused)).rejects.toMatchObject({ reason: 'unreachable' });
    await expect(call(refused)).rejects.toMatchObject({ reason: 'unreachable' });
  });
});

describe('a call on a fresh connection (big answers: image lists)', () => {
  it('opens a connection of its own for each call, while other calls reuse theirs', async () => {
    const server = await serve('answer');
    const fresh = () => openstackRequest<{ n: number }>({ service: 'glance', baseUrl: server.url, path: '/v2/images', freshConnection: true });
    // each answer says it was the first request on its connection
    for (let i = 0; i < 3; i++) expect((await fresh()).body.n).toBe(1);
    expect(server.sockets).toBe(3);
    for (let i = 0; i < CALLS; i++) await call(server);
    // undici may open a second connection before reusing one, but the kept-alive pool reuses
    expect(server.sockets).toBeLessThan(3 + CALLS);
    expect(server.requests.some((r) => r.socketRequest > 1)).toBe(true);
  });
});
