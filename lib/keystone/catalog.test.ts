import { describe, expect, it } from 'vitest';
import { findEndpoint } from './catalog';

const catalog = [
  { type: 'identity', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'http://ks/v3/' }] },
  {
    type: 'image',
    endpoints: [
      { interface: 'public', region_id: 'RegionOne', url: 'http://glance-one:9292/' },
      { interface: 'internal', region_id: 'RegionOne', url: 'http://glance-internal:9292' },
      { interface: 'public', region_id: 'RegionTwo', url: 'http://glance-two:9292' },
    ],
  },
];

describe('findEndpoint', () => {
  it('picks the interface and strips the trailing slash', () => {
    expect(findEndpoint(catalog, 'image', 'public')).toBe('http://glance-one:9292');
    expect(findEndpoint(catalog, 'image', 'internal')).toBe('http://glance-internal:9292');
  });
  it('honours the region when one is configured', () => {
    expect(findEndpoint(catalog, 'image', 'public', 'RegionTwo')).toBe('http://glance-two:9292');
    expect(findEndpoint(catalog, 'image', 'admin', 'RegionOne')).toBeUndefined();
  });
  it('returns undefined without a catalog or service', () => {
    expect(findEndpoint(undefined, 'image', 'public')).toBeUndefined();
    expect(findEndpoint(catalog, 'volume', 'public')).toBeUndefined();
  });
});
