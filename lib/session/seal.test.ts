import { describe, expect, it } from 'vitest';
import { seal, unseal } from './seal';

const secret = 'a'.repeat(40);

describe('seal / unseal', () => {
  it('round-trips a payload and hides its content', () => {
    const sealed = seal({ token: 'gAAAAA-secret-token' }, secret);
    expect(sealed).not.toContain('secret-token');
    expect(Buffer.from(sealed, 'base64url').toString('utf8')).not.toContain('secret-token');
    expect(unseal(sealed, secret)).toEqual({ token: 'gAAAAA-secret-token' });
  });
  it('rejects a value sealed with another secret', () => {
    expect(unseal(seal({ a: 1 }, secret), 'b'.repeat(40))).toBeUndefined();
  });
  it('rejects a tampered or truncated value', () => {
    const sealed = seal({ a: 1 }, secret);
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[14] = bytes[14]! ^ 0xff;
    expect(unseal(bytes.toString('base64url'), secret)).toBeUndefined();
    expect(unseal(sealed.slice(0, 10), secret)).toBeUndefined();
    expect(unseal('not-base64-$$$', secret)).toBeUndefined();
  });
});
