import type http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A test server on a free loopback port that can be stopped at once: `stop` cuts the
 * connections it still holds (kept-alive or stalled ones) instead of waiting for them.
 */
export class LoopbackServer<S extends http.Server> {
  private readonly sockets = new Set<Socket>();

  constructor(readonly server: S) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
