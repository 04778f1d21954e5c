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
  ])('refuses %s', (value) => {
    expect(safeNextPath(value)).toBe('/images');
  });
});

describe('loginUrl', () => {
  it('carries the page and reason', () => {
    expect(loginUrl('/images?tab=shared', 'expired')).toBe('/login?next=%2Fimages%3Ftab%3Dshared&reason=expired');
    expect(loginUrl('//evil')).toBe('/login');
    expect(loginUrl()).toBe('/login');
  });
});
