import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackServer } from './loopback-server';

/**
 * A TLS-terminating reverse proxy on loopback, as nginx would sit in front of Iris: it answers
 * https with a throw-away self-signed certificate, and forwards to Iris over http from its own
 * address (`fromAddress`, so Iris can tell it from the browser) with X-Forwarded-Proto https,
 * X-Forwarded-Host and the client's address appended to X-Forwarded-For.
 */
export class TlsProxy {
  private loopback?: LoopbackServer<https.Server>;

  constructor(
    private readonly target: string,
    private readonly fromAddress: string,
  ) {}

  get url(): string {
    return `https://127.0.0.1:${this.loopback!.port}`;
  }

  async start(): Promise<this> {
    const dir = mkdtempSync(join(tmpdir(), 'iris-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      this.loopback = new LoopbackServer(https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => this.forward(req, res)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await this.loopback.listen();
    return this;
  }

  async stop(): Promise<void> {
    await this.loopback?.stop();
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
