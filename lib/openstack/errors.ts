/** An error answer from Keystone or Glance, with the token never included. */
export class OpenStackError extends Error {
  readonly status: number;
  readonly service: 'keystone' | 'glance';
  readonly method: string;
  readonly path: string;
  readonly detail: string;

  constructor(opts: { status: number; service: 'keystone' | 'glance'; method: string; path: string; detail: string }) {
    super(`${opts.service} ${opts.method} ${opts.path} → ${opts.status}: ${opts.detail}`);
    this.name = 'OpenStackError';
    this.status = opts.status;
    this.service = opts.service;
    this.method = opts.method;
    this.path = opts.path;
    this.detail = opts.detail;
  }
}

/**
 * Why a service counts as unavailable: it timed out, refused or dropped the connection, timed out
 * moments ago (its circuit breaker is open), or another service said so (Glance cannot check
 * tokens without Keystone).
 */
export type UnavailableReason = 'timeout' | 'unreachable' | 'breaker-open' | 'reported';

/** Glance or Keystone could not be reached (refused, timed out), or is known to be down. */
export class OpenStackUnavailableError extends Error {
  readonly service: 'keystone' | 'glance';
  readonly reason: UnavailableReason;
  /** The service whose call failed because of this one (Glance, when Keystone is down). */
  readonly affected?: 'glance';

  constructor(service: 'keystone' | 'glance', cause: unknown, opts: { reason?: UnavailableReason; affected?: 'glance' } = {}) {
    super(`${service} is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OpenStackUnavailableError';
    this.service = service;
    this.reason = opts.reason ?? 'unreachable';
    this.affected = opts.affected;
  }
}

/**
 * Glance wraps messages in HTML even in JSON bodies ("…<br /><br />\n\n"), and answers
 * text/html without `Accept: application/json`; Keystone nests them under `error`.
 */
export function extractErrorDetail(body: unknown, fallback: string): string {
  let text: unknown = body;
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const nested = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : undefined;
    text = nested?.message ?? record.message ?? record.title ?? fallback;
  }
  if (typeof text !== 'string' || !text.trim()) return fallback;
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain || fallback;
}
