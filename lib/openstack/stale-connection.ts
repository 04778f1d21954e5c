import 'server-only';
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { processWide } from '@/lib/process-wide';

/**
 * Recognises the keep-alive race: the upstream closes an idle connection just as a request is
 * written on it, so the request fails ("other side closed", ECONNRESET) although the upstream
 * never saw it. Such a failure is safe to retry once for an idempotent request.
 *
 * undici publishes every request it writes (with its socket) and every request that fails on
 * diagnostics channels; a socket that had already read bytes served an earlier response, and
 * no new byte means no part of this request's response arrived.
 */
const staleFailures = processWide('openstack.stale-failures', watchStaleConnections);

function watchStaleConnections(): WeakSet<object> {
  const failures = new WeakSet<object>();
  const bytesReadAtSend = new WeakMap<object, { socket: Socket; bytesRead: number }>();
  diagnostics.subscribe('undici:client:sendHeaders', (message) => {
    const { request, socket } = message as { request: object; socket: Socket };
    bytesReadAtSend.set(request, { socket, bytesRead: socket.bytesRead });
  });
  diagnostics.subscribe('undici:request:error', (message) => {
    const { request, error } = message as { request: object; error: unknown };
    const sent = bytesReadAtSend.get(request);
    if (!sent || typeof error !== 'object' || error === null) return;
    const reused = sent.bytesRead > 0;
    const nothingSince = sent.socket.bytesRead === sent.bytesRead;
    if (reused && nothingSince && isConnectionLoss(error)) failures.add(error);
  });
  return failures;
}

function isConnectionLoss(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

/** Did this request fail because a reused keep-alive connection closed before any response byte? */
export function failedOnStaleConnection(error: unknown): boolean {
  return typeof error === 'object' && error !== null && staleFailures.has(error);
}
