import http from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * The address of the hop that delivered a request (the TCP peer), which route code cannot see:
 * Next keeps a client-sent X-Forwarded-For as it is. At start-up (instrumentation.ts) every
 * request the Node HTTP server receives is stamped with `x-iris-peer: <secret> <address>`,
 * replacing whatever a client sent; the per-process secret (sent nowhere but back to this
 * server) proves the stamp is ours.
 */
export const PEER_HEADER = 'x-iris-peer';

const STATE = Symbol.for('iris.peer-stamp');
type Stamp = { secret: string };
const globals = globalThis as typeof globalThis & { [STATE]?: Stamp };

export function installPeerStamp(): void {
  if (globals[STATE]) return;
  const stamp: Stamp = { secret: randomUUID() };
  globals[STATE] = stamp;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      // A valid stamp can only come from this process: Next re-sends a server action's request
      // headers to itself to render the page the action redirects to. Keep the original peer.
      if (!stampedPeer(req.headers[PEER_HEADER] as string | undefined)) req.headers[PEER_HEADER] = `${stamp.secret} ${req.socket.remoteAddress ?? 'unknown'}`;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** The peer address from our own stamp; undefined when the header is missing or forged. */
export function stampedPeer(value: string | null | undefined): string | undefined {
  const secret = globals[STATE]?.secret;
  if (!secret || !value) return undefined;
  const [given, address] = value.split(' ');
  return given === secret && address ? address : undefined;
}
