import { describe, expect, it } from 'vitest';
import { originMatches, parseTrustedProxies, requestContext } from './forwarded';

const headers = (init: Record<string, string>) => (name: string) => init[name];
const direct = { trustedProxies: null };
const behindNginx = { trustedProxies: parseTrustedProxies('10.0.0.5, 127.0.0.0/8, ::1') };

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDR ranges of both families', () => {
    const list = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8')!;
    expect(list.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(list.check('10.20.30.40', 'ipv4')).toBe(true);
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false);
    expect(list.check('fd00::1', 'ipv6')).toBe(true);
  });
  it('is null when empty and refuses what is not an address', () => {
    expect(parseTrustedProxies('')).toBeNull();
    expect(parseTrustedProxies(undefined)).toBeNull();
    expect(() => parseTrustedProxies('proxy.example')).toThrow(/not an IP/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
  });
});

describe('requestContext', () => {
  it('without a trusted proxy ignores every forwarded header a client sends', () => {
    const forged = headers({ host: '127.0.0.1:3100', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-forwarded-for': '198.51.100.7' });
    expect(requestContext(forged, direct, '127.0.0.1')).toEqual({ origin: 'http://127.0.0.1:3100', https: false, client: '127.0.0.1', viaTrustedProxy: false });
    // the same request from a peer that is not on the list of a proxied setup
    expect(requestContext(forged, behindNginx, '203.0.113.50')).toMatchObject({ origin: 'http://127.0.0.1:3100', https: false, client: '203.0.113.50' });
  });

  it('behind a trusted proxy takes scheme and host from it, and the client it saw', () => {
    const viaNginx = headers({ host: 'iris-backend:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'images.example.org', 'x-forwarded-for': '1.2.3.4, 198.51.100.7' });
    expect(requestContext(viaNginx, behindNginx, '10.0.0.5')).toEqual({ origin: 'https://images.example.org', https: true, client: '198.51.100.7', viaTrustedProxy: true });
  });

  it('skips a chain of trusted proxies, never further than the first untrusted address', () => {
    const chain = headers({ host: 'x', 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 127.0.0.1' });
    expect(requestContext(chain, behindNginx, '::ffff:10.0.0.5').client).toBe('198.51.100.7');
  });

  it('keeps a non-default port and normalises default ones', () => {
    const withPort = headers({ host: 'x', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'images.example.org:8443' });
    expect(requestContext(withPort, behindNginx, '10.0.0.5').origin).toBe('https://images.example.org:8443');
    const defaultPort = headers({ host: 'x', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'images.example.org:443' });
    expect(requestContext(defaultPort, behindNginx, '10.0.0.5').origin).toBe('https://images.example.org');
  });

  it('prefers PUBLIC_ORIGIN over any header', () => {
    const any = headers({ host: 'internal:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(requestContext(any, { ...behindNginx, publicOrigin: 'https://images.example.org/' }, '10.0.0.5')).toMatchObject({ origin: 'https://images.example.org', https: true });
  });

  it('without a known peer trusts nothing and names the last recorded address', () => {
    const recorded = headers({ host: 'h:1', 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' });
    expect(requestContext(recorded, behindNginx)).toEqual({ origin: 'http://h:1', https: false, client: '198.51.100.7', viaTrustedProxy: false });
  });
});

describe('originMatches', () => {
  const context = requestContext(headers({ host: '127.0.0.1:3102' }), direct, '127.0.0.1');
  it('accepts exactly the same scheme, host and port', () => {
    expect(originMatches('http://127.0.0.1:3102', context)).toBe(true);
  });
  it.each(['https://127.0.0.1:3102', 'http://127.0.0.1:3103', 'http://localhost:3102', 'http://evil.example', 'null', '', undefined, 'not a url'])(
    'refuses %j',
    (origin) => {
      expect(originMatches(origin, context)).toBe(false);
    },
  );
});
