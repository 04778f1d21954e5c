import { spawn, type ChildProcess } from 'node:child_process';
import { NODE_FLAGS } from '../../server/node-flags.mjs';
import { e2eServerEnv } from './server-env';

/**
 * A second Iris (server/start.mjs) of the same build with other upstream URLs or settings, so fault tests
 * can break "Glance" or "Keystone", and session tests can use short limits, without touching
 * the server other tests use.
 */
export class IrisServer {
  private child?: ChildProcess;
  /** Everything the server wrote to stdout: tests read its security log from here. */
  readonly stdout: string[] = [];
  constructor(readonly port: number, private readonly env: Record<string, string>) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.child = spawn(process.execPath, [...NODE_FLAGS, 'server/start.mjs', '-H', '127.0.0.1', '-p', String(this.port)], {
      env: { ...process.env, ...e2eServerEnv, ...this.env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let partial = '';
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      this.stdout.push(...lines);
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/login`)).ok) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await this.stop();
    throw new Error(`Iris did not start on ${this.url}`);
  }

  /** The security log lines (lib/log/security-log.ts) written so far, parsed. */
  securityEvents(): Record<string, string | number>[] {
    return this.stdout.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, string | number>).filter((e) => e.log === 'security');
  }

  /** Ends the server; resolves once the process has exited and its port is free again. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}
