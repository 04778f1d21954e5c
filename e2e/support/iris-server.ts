import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A second Iris (server/start.mjs) of the same build with other upstream URLs, so fault tests can
 * break "Glance" or "Keystone" without touching the shared stack other tests use.
 */
export class IrisServer {
  private child?: ChildProcess;
  constructor(readonly port: number, private readonly env: Record<string, string>) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.child = spawn(process.execPath, ['server/start.mjs', '-H', '127.0.0.1', '-p', String(this.port)], {
      env: { ...process.env, ...this.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
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
    this.stop();
    throw new Error(`Iris did not start on ${this.url}`);
  }

  stop() {
    this.child?.kill('SIGTERM');
  }
}
