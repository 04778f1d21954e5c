import 'server-only';
import { NextResponse } from 'next/server';
import { describeOpenStackError } from '@/lib/action-state';
import { audit } from '@/lib/log/audit';
import type { Session } from '@/lib/session/schema';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

const STATUS_BY_CODE = { unavailable: 503, upstream: 502 } as const;

export function jsonError(status: number, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { message, ...extra } }, { status, headers: { 'cache-control': 'no-store' } });
}

/** A JSON answer for this user only, never cached (the browser's React Query refetches it). */
export function privateJson(body: unknown) {
  return NextResponse.json(body, { headers: { 'cache-control': 'private, no-store' } });
}

/** 401 for a request without a live session, logged as a refused action (`GET /api/projects`). */
export async function unauthenticated(action: string) {
  await audit({ action, outcome: 'refused', reason: 'no_session', status: 401 });
  return jsonError(401, 'Sign in to continue.');
}

/** 403 for a mutating request whose Origin is not Iris's own (scheme, host and port), logged. */
export async function foreignOrigin(action: string, message: string, session?: Session) {
  await audit({ action, outcome: 'refused', reason: 'origin_mismatch', status: 403, session });
  return jsonError(403, message);
}

/** Map an upstream failure to a JSON error; rethrow bugs. */
export function upstreamErrorResponse(error: unknown) {
  if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) {
    const { code, message } = describeOpenStackError(error);
    const status =
      error instanceof OpenStackError && error.status < 500 ? error.status : STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE] ?? 502;
    return jsonError(status, message, { code });
  }
  throw error;
}
