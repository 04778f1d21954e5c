import { describe, expect, it } from 'vitest';
import { diffToPatch, pointer } from './json-patch';

describe('pointer', () => {
  it('escapes ~ and /', () => {
    expect(pointer('a/b~c')).toBe('/a~1b~0c');
    expect(pointer('owner_specified.openstack.md5')).toBe('/owner_specified.openstack.md5');
  });
});

describe('diffToPatch', () => {
  it('emits only the changed fields', () => {
    const before = { name: 'old', min_disk: 1, team: 'demo', tags: ['a'], gone: 'x' };
    const after = { name: 'new', min_disk: 1, team: 'demo', tags: ['a', 'b'], gone: undefined, os_distro: 'debian' };
    expect(diffToPatch(before, after)).toEqual([
      { op: 'replace', path: '/name', value: 'new' },
      { op: 'replace', path: '/tags', value: ['a', 'b'] },
      { op: 'remove', path: '/gone' },
      { op: 'add', path: '/os_distro', value: 'debian' },
    ]);
  });
  it('limits the diff to the given keys', () => {
    expect(diffToPatch({ name: 'a', size: 1 }, { name: 'b', size: 2 }, ['name'])).toEqual([
      { op: 'replace', path: '/name', value: 'b' },
    ]);
  });
  it('adds a key that was null before', () => {
    expect(diffToPatch({ description: null }, { description: 'x' })).toEqual([
      { op: 'add', path: '/description', value: 'x' },
    ]);
  });
});
