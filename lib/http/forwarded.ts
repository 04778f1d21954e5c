import { BlockList, isIP } from 'node:net';

/**
 * Who sent a request and which origin it was addressed to, trusting `X-Forwarded-*` only when
 * the hop that delivered it (the TCP peer, lib/http/peer.ts) is one of TRUSTED_PROXIES. Behind
 * such a proxy the client is the right-most X-Forwarded-For entry that is not a trusted proxy
 * (nginx's `$proxy_add_x_forwarded_for` appends the address it saw); entries further left are
 * whatever the client claimed and count for nothing.
 */
export type HeaderGetter = (name: string) => string | null | undefined;

export interface ForwardingConfig {
  /** Addresses and CIDR ranges of reverse proxies allowed to speak for the client. */
  trustedProxies: BlockList | null;
  /** The origin users reach Iris at, when configured; wins over every header. */
  publicOrigin?: string;
}

export interface RequestContext {
  /** scheme://host[:port] this request was addressed to, as Iris should compare Origin with. */
  origin: string;
  /** Whether the browser reached Iris over https (cookie `Secure`, `__Host-`, HSTS). */
  https: boolean;
  /** The client's address (for throttling and the security log). */
  client: string;
  /** Whether the nearest hop is a trusted proxy (its X-Forwarded-* headers counted). */
  viaTrustedProxy: boolean;
}

/** `127.0.0.1, 10.0.0.0/8, ::1` → a matcher; throws on an entry that is not an address or range. */
export function parseTrustedProxies(list: string | undefined): BlockList | null {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`not an IP address or CIDR range: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      blocks.addAddress(address, type);
    } else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`bad prefix length: ${entry}`);
      blocks.addSubnet(address, prefix, type);
    }
  }
  return blocks;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`; `[::1]:port` and `1.2.3.4:port` lose the port. */
function normalizeAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1]! : value.toLowerCase();
}

function isTrusted(address: string, proxies: BlockList | null): boolean {
  if (!proxies) return false;
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function firstValue(value: string | null | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first || undefined;
}

/** The client behind any chain of trusted proxies: the right-most address that is not one of them. */
function clientAddress(chain: string[], proxies: BlockList | null): string {
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    if (!isTrusted(chain[i]!, proxies) || i === 0) return chain[i]!;
  }
  return 'unknown';
}

/**
 * `peer` is the TCP peer when known. Without it nothing is trusted, and the client is the last
 * X-Forwarded-For entry: the socket address Next records when a request carries none.
 */
export function requestContext(header: HeaderGetter, config: ForwardingConfig, peer?: string): RequestContext {
  const chain = (header('x-forwarded-for') ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter(Boolean);
  const hop = peer ? normalizeAddress(peer) : undefined;
  const viaTrustedProxy = !!hop && isTrusted(hop, config.trustedProxies);
  const client = viaTrustedProxy ? clientAddress([...chain, hop!], config.trustedProxies) : (hop ?? chain.at(-1) ?? 'unknown');

  let origin: string;
  if (config.publicOrigin) {
    origin = new URL(config.publicOrigin).origin;
  } else {
    const proto = viaTrustedProxy ? firstValue(header('x-forwarded-proto'))?.toLowerCase() : undefined;
    const host = (viaTrustedProxy ? firstValue(header('x-forwarded-host')) : undefined) ?? firstValue(header('host')) ?? 'localhost';
    origin = originOf(`${proto === 'https' ? 'https' : 'http'}://${host}`);
  }
  return { origin, https: origin.startsWith('https:'), client, viaTrustedProxy };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/**
 * Is `Origin` exactly this request's own origin (scheme, host and port)? A missing or opaque
 * (`null`) Origin is not.
 */
export function originMatches(originHeader: string | null | undefined, context: RequestContext): boolean {
  if (!originHeader || originHeader === 'null' || context.origin === 'null') return false;
  return originOf(originHeader) === context.origin;
}
