import { describe, expect, it } from 'vitest';
import { loginUrl, safeNextPath } from './redirect';

describe('safeNextPath', () => {
  it('keeps same-site relative paths with their query', () => {
    expect(safeNextPath('/images?tab=public&name=deb')).toBe('/images?tab=public&name=deb');
    expect(safeNextPath('/images/0b8f1e0c-1111-4222-8333-444455556666')).toBe('/images/0b8f1e0c-1111-4222-8333-444455556666');
  });
  it.each([
    'https://evil.example/',
    '//evil.example/images',
    '/\\evil.example',
    'javascript:alert(1)',
    'images',
    '',
    undefined,
    42,
    '/login?next=/images',
    '/api/images/x/file',
    // each resolves to //evil.example… (another host) only after URL normalisation
    '/.//evil.example/x',
    '/%2e//evil.example/x',
    '/%2E//evil.example/x',
    '/..//evil.example/x',
    '/./\\evil.example/x',
    '/%2e%2e//evil.example',
    '/images/..//evil.example',
    '/a/%2e%2e/%2e%2e//evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
  ])('refuses %j', (value) => {
    expect(safeNextPath(value)).toBe('/images');
  });
});

describe('safeNextPath output', () => {
  it('is always a path a browser resolves to this origin', () => {
    for (const value of ['/./images', '/images/../images?tab=public', '/%2e/images', '/images//x']) {
      const path = safeNextPath(value);
      expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
      expect(new URL(path, 'https://iris.example').origin).toBe('https://iris.example');
    }
    expect(safeNextPath('/./images')).toBe('/images');
  });
});

describe('loginUrl', () => {
  it('carries the page and reason', () => {
    expect(loginUrl('/images?tab=shared', 'expired')).toBe('/login?next=%2Fimages%3Ftab%3Dshared&reason=expired');
    expect(loginUrl('//evil')).toBe('/login');
    expect(loginUrl('/.//evil', 'idle')).toBe('/login?reason=idle');
    expect(loginUrl()).toBe('/login');
  });
});
