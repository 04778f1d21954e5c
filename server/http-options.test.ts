import { describe, expect, it } from 'vitest';
import { httpServerOptions } from './http-options.mjs';

describe('httpServerOptions', () => {
  it('turns off the total request timeout and keeps idle, keep-alive and header limits', () => {
    expect(httpServerOptions({})).toEqual({ requestTimeout: 0, headersTimeout: 60_000, keepAliveTimeout: 65_000, idleTimeout: 120_000 });
  });

  it('reads the limits from the environment', () => {
    const options = httpServerOptions({ HTTP_IDLE_TIMEOUT_MS: '30000', HTTP_KEEPALIVE_TIMEOUT_MS: '4000', HTTP_HEADERS_TIMEOUT_MS: '20000' });
    expect(options).toEqual({ requestTimeout: 0, headersTimeout: 20_000, keepAliveTimeout: 4_000, idleTimeout: 30_000 });
  });

  it('refuses values that are not positive whole milliseconds, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', '2m', 'abc']) {
      expect(() => httpServerOptions({ HTTP_IDLE_TIMEOUT_MS: bad })).toThrow(/HTTP_IDLE_TIMEOUT_MS must be a positive whole number/);
    }
  });
});
