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

/** Glance or Keystone could not be reached at all (refused, timed out). */
export class OpenStackUnavailableError extends Error {
  readonly service: 'keystone' | 'glance';
  constructor(service: 'keystone' | 'glance', cause: unknown) {
    super(`${service} is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OpenStackUnavailableError';
    this.service = service;
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
