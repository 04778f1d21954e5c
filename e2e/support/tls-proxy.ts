import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';

/**
 * A TLS-terminating reverse proxy on loopback, as nginx would sit in front of Iris: it answers
 * https with a throw-away self-signed certificate, and forwards to Iris over http from its own
 * address (`fromAddress`, so Iris can tell it from the browser) with X-Forwarded-Proto https,
 * X-Forwarded-Host and the client's address appended to X-Forwarded-For.
 */
export class TlsProxy {
  private server?: https.Server;
  private readonly sockets = new Set<Duplex>();

  constructor(
    private readonly target: string,
    private readonly fromAddress: string,
  ) {}

  get url(): string {
    return `https://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    const dir = mkdtempSync(join(tmpdir(), 'iris-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      this.server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => this.forward(req, res));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse) {
    const target = new URL(req.url ?? '/', this.target);
    const seen = req.headers['x-forwarded-for'];
    const headers = {
      ...req.headers,
      host: target.host,
      'x-forwarded-proto': 'https',
      'x-forwarded-host': req.headers.host ?? '',
      // like nginx's $proxy_add_x_forwarded_for: what the client sent, then the address the proxy saw
      'x-forwarded-for': [seen, req.socket.remoteAddress].filter(Boolean).join(', '),
    };
    const upstream = http.request(target, { method: req.method, headers, localAddress: this.fromAddress }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
