import { describe, expect, it } from 'vitest';
import { cookieName, cookieOptions, readCookie } from './cookie';

describe('cookieName', () => {
  it('uses the __Host- prefix exactly when the cookie is Secure', () => {
    expect(cookieName('iris_session', true)).toBe('__Host-iris_session');
    expect(cookieName('iris_session', false)).toBe('iris_session');
  });
});

describe('cookieOptions', () => {
  it('gives every cookie the same flags', () => {
    expect(cookieOptions(true, 60)).toEqual({ httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 60 });
    expect(cookieOptions(false).maxAge).toBe(31_536_000);
  });
});

describe('readCookie', () => {
  it('finds one cookie among others', () => {
    expect(readCookie('a=1; iris_session=abc_-123; b=2', 'iris_session')).toBe('abc_-123');
    expect(readCookie('xiris_session=1; iris_session=2', 'iris_session')).toBe('2');
    expect(readCookie('a=1', 'iris_session')).toBeUndefined();
    expect(readCookie(null, 'iris_session')).toBeUndefined();
  });
  it('returns a malformed percent-escape as it is instead of throwing', () => {
    expect(readCookie('iris_session=%', 'iris_session')).toBe('%');
    expect(readCookie('iris_session=%E0%A4%A', 'iris_session')).toBe('%E0%A4%A');
    expect(readCookie('iris_session=a%20b', 'iris_session')).toBe('a b');
  });
});
