import http from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import { LoopbackServer } from './loopback-server';

export type FaultMode =
  | { kind: 'pass' }
  | { kind: 'down' }
  | { kind: 'hang' }
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; body?: unknown }
  /** Pass everything, but stop reading an upload's body (PUT …/file, or …/stage for glance-direct) after `afterBytes`, until the mode changes. */
  | { kind: 'stall-uploads'; afterBytes: number };

/**
 * A loopback HTTP proxy in front of the real Keystone or Glance whose behaviour a test
 * switches at will: pass through, refuse (service down), never answer (paused), answer slowly,
 * fail, or stop reading uploads. It counts the requests that reach it.
 */
export class FaultProxy {
  private current: FaultMode = { kind: 'pass' };
  private loopback?: LoopbackServer<http.Server>;
  private readonly stalled = new Set<() => void>();
  /** Requests that reached the proxy so far. */
  requests = 0;

  constructor(private readonly target: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.loopback!.port}`;
  }

  get mode(): FaultMode {
    return this.current;
  }

  /** Switching mode lets stalled uploads flow again. */
  set mode(mode: FaultMode) {
    this.current = mode;
    for (const resume of this.stalled) resume();
    this.stalled.clear();
  }

  async start(): Promise<this> {
    this.loopback = await new LoopbackServer(http.createServer((req, res) => void this.handle(req, res))).listen();
    return this;
  }

  async stop(): Promise<void> {
    await this.loopback?.stop();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    this.requests++;
    const mode = this.current;
    if (mode.kind === 'down') return req.socket.destroy();
    if (mode.kind === 'hang') return;
    if (mode.kind === 'status') {
      res.writeHead(mode.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(mode.body ?? { message: 'injected failure', code: String(mode.status), title: 'Injected' }));
    }
    if (mode.kind === 'delay') await new Promise((r) => setTimeout(r, mode.ms));
    const target = new URL(req.url ?? '/', this.target);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    const stallAfter = mode.kind === 'stall-uploads' && req.method === 'PUT' && /\/(file|stage)$/.test(req.url ?? '') ? mode.afterBytes : undefined;
    (stallAfter === undefined ? req : req.pipe(this.staller(stallAfter))).pipe(upstream);
  }

  /** Passes `afterBytes` bytes, then holds the rest (and, by backpressure, the sender) until the mode changes. */
  private staller(afterBytes: number) {
    let passed = 0;
    const held = (callback: () => void) => (this.current.kind === 'stall-uploads' ? this.stalled.add(callback) : callback());
    return new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        if (passed >= afterBytes) return held(() => callback(null, chunk));
        passed += chunk.length;
        callback(null, chunk);
      },
    });
  }
}
