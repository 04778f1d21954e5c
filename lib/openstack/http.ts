import 'server-only';
import { Client, request as undiciRequest, type Dispatcher } from 'undici';
import { env } from '@/lib/env';
import { processWide } from '@/lib/process-wide';
import { agents } from './agents';
import { blameKeystone } from './blame';
import { CircuitBreaker } from './breaker';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from './errors';
import { failedOnStaleConnection } from './stale-connection';

export interface OpenStackRequest {
  service: 'keystone' | 'glance';
  baseUrl: string;
  path: string;
  method?: Dispatcher.HttpMethod;
  token?: string;
  query?: Record<string, string | number | boolean | undefined | null | string[]>;
  json?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Instead of OPENSTACK_TIMEOUT_MS, for headers and for each body chunk. */
  timeoutMs?: number;
  /** Glance calls: the Keystone (v3 URL) that validates the token, blamed when it is the one down. */
  keystone?: string;
  /**
   * A connection of its own, closed after the answer: for answers bigger than a server's write
   * buffer (Glance's image lists). Glance's eventlet server sends the headers of such an answer
   * alone, then the body; with Nagle on its side and delayed ACKs on a reused connection here, the
   * body waited ~40 ms for the ACK of the headers (the Project tab at 10,000 records: 110 ms a page
   * on kept-alive connections, 68 ms on new ones; docs/benchmarks.md, issue 19). A new connection
   * acknowledges at once, as curl's does.
   */
  freshConnection?: boolean;
}

export interface OpenStackResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

export function buildUrl(baseUrl: string, path: string, query?: OpenStackRequest['query']): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.toString();
}

/** JSON request to an OpenStack API; non-2xx answers throw OpenStackError. */
export async function openstackRequest<T = unknown>(req: OpenStackRequest): Promise<OpenStackResponse<T>> {
  try {
    return await send<T>(req, buildUrl(req.baseUrl, req.path, req.query));
  } catch (error) {
    throw req.service === 'glance' && req.keystone ? await explainGlanceFailure(error, req.keystone) : error;
  }
}

/** A Glance failure, blamed on Keystone (the session's, `keystone`) when Keystone is the one that is down. */
export function explainGlanceFailure(error: unknown, keystone: string): Promise<unknown> {
  return blameKeystone(error, () => keystoneAnswers(keystone));
}

/** Does the Keystone at `keystone` (v3 URL) answer at all (its unauthenticated version document)? Quick, breaker-aware. */
export async function keystoneAnswers(keystone: string): Promise<boolean> {
  const { OPENSTACK_TIMEOUT_MS } = env();
  try {
    await send({ service: 'keystone', baseUrl: keystone, path: '', timeoutMs: Math.min(OPENSTACK_TIMEOUT_MS, 5_000) }, keystone);
    return true;
  } catch (error) {
    return error instanceof OpenStackError && error.status < 500;
  }
}

// Safe to send twice: the retry of a request that died on a stale keep-alive connection.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const isTimeout = (error: unknown) => TIMEOUTS.has(String((error as { code?: unknown } | null)?.code));

async function send<T>(req: OpenStackRequest, url: string, attempt = 1): Promise<OpenStackResponse<T>> {
  const method = req.method ?? 'GET';
  const breaker = breakerFor(req.service, url);
  const admission = breaker?.admit() ?? 'go';
  if (admission === 'refuse') throw new OpenStackUnavailableError(req.service, 'timed out moments ago', { reason: 'breaker-open' });
  // a retry goes out on a connection of its own (the pool's other idle ones may be as stale), and
  // so does a call that asks for one
  const fresh = attempt > 1 || req.freshConnection ? new Client(new URL(url).origin) : undefined;
  let res: Dispatcher.ResponseData;
  let body: unknown;
  try {
    res = await undiciRequest(url, requestOptions(req, method, fresh ?? agents().api));
    body = await decodeBody(res);
  } catch (cause) {
    if (isTimeout(cause)) breaker?.timedOut();
    else breaker?.released(admission);
    if (attempt === 1 && IDEMPOTENT.has(method) && failedOnStaleConnection(cause)) return send(req, url, 2);
    throw new OpenStackUnavailableError(req.service, cause, { reason: isTimeout(cause) ? 'timeout' : 'unreachable' });
  } finally {
    void fresh?.close();
  }
  breaker?.answered();
  if (res.statusCode >= 400) {
    const path = new URL(url).pathname;
    throw new OpenStackError({ status: res.statusCode, service: req.service, method, path, detail: extractErrorDetail(body, `HTTP ${res.statusCode}`) });
  }
  return { status: res.statusCode, headers: res.headers, body: body as T };
}

function requestOptions(req: OpenStackRequest, method: Dispatcher.HttpMethod, dispatcher: Dispatcher) {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  if (req.token) headers['x-auth-token'] = req.token;
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = req.contentType ?? 'application/json';
  }
  const timeout = req.timeoutMs ?? env().OPENSTACK_TIMEOUT_MS;
  return { method, headers, body, dispatcher, headersTimeout: timeout, bodyTimeout: timeout, signal: req.signal };
}

/** One breaker per service and origin; none when OPENSTACK_BREAKER_COOLDOWN_MS is 0. */
function breakerFor(service: OpenStackRequest['service'], url: string): CircuitBreaker | undefined {
  const cooldown = env().OPENSTACK_BREAKER_COOLDOWN_MS;
  if (cooldown === 0) return undefined;
  const breakers = processWide('openstack.breakers', () => new Map<string, CircuitBreaker>());
  const key = `${service} ${new URL(url).origin}`;
  let breaker = breakers.get(key);
  if (!breaker) breakers.set(key, (breaker = new CircuitBreaker(cooldown)));
  return breaker;
}

async function decodeBody(res: Dispatcher.ResponseData): Promise<unknown> {
  const type = String(res.headers['content-type'] ?? '');
  const text = await res.body.text();
  if (!text) return undefined;
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
