import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultMode = { kind: 'pass' } | { kind: 'down' } | { kind: 'delay'; ms: number } | { kind: 'status'; status: number };

/**
 * A loopback HTTP proxy in front of the real Keystone or Glance whose behaviour a test
 * switches at will: pass through, refuse (service down), answer slowly, or fail.
 */
export class FaultProxy {
  mode: FaultMode = { kind: 'pass' };
  private server?: http.Server;
  private readonly sockets = new Set<import('node:net').Socket>();

  constructor(private readonly target: string) {}

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const mode = this.mode;
    if (mode.kind === 'down') return req.socket.destroy();
    if (mode.kind === 'status') {
      res.writeHead(mode.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ message: 'injected failure', code: String(mode.status), title: 'Injected' }));
    }
    if (mode.kind === 'delay') await new Promise((r) => setTimeout(r, mode.ms));
    const target = new URL(req.url ?? '/', this.target);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
