import 'server-only';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import { env } from '@/lib/env';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from './errors';

// One keep-alive pool for all upstream calls: saves a TCP handshake per Glance/Keystone request.
const agent = new Agent({ keepAliveTimeout: 10_000, connections: 64 });

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
  const method = req.method ?? 'GET';
  const url = buildUrl(req.baseUrl, req.path, req.query);
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  if (req.token) headers['x-auth-token'] = req.token;
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = req.contentType ?? 'application/json';
  }
  const timeout = env().OPENSTACK_TIMEOUT_MS;
  let res: Dispatcher.ResponseData;
  try {
    res = await undiciRequest(url, {
      method,
      headers,
      body,
      dispatcher: agent,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      signal: req.signal,
    });
  } catch (cause) {
    throw new OpenStackUnavailableError(req.service, cause);
  }
  const parsed = await decodeBody(res);
  if (res.statusCode >= 400) {
    throw new OpenStackError({
      status: res.statusCode,
      service: req.service,
      method,
      path: new URL(url).pathname,
      detail: extractErrorDetail(parsed, `HTTP ${res.statusCode}`),
    });
  }
  return { status: res.statusCode, headers: res.headers, body: parsed as T };
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

export { agent as openstackAgent };
