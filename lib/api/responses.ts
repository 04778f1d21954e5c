import 'server-only';
import { NextResponse } from 'next/server';
import { describeOpenStackError } from '@/lib/action-state';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

const STATUS_BY_CODE = { unavailable: 503, upstream: 502 } as const;

export function jsonError(status: number, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { message, ...extra } }, { status, headers: { 'cache-control': 'no-store' } });
}

export const unauthenticated = () => jsonError(401, 'Sign in to continue.');

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
