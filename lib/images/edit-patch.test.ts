import { describe, expect, it } from 'vitest';
import { buildEditPatch, editValuesFromImage, mergeTags } from './edit-patch';

const record = {
  id: 'i1',
  name: 'base',
  status: 'active',
  owner: 'p',
  min_disk: 1,
  min_ram: 0,
  protected: false,
  tags: ['keep', 'drop'],
  checksum: 'abc',
  os_distro: 'debian',
  hw_disk_bus: 'virtio',
  'owner_specified.openstack.md5': '',
  os_glance_failed_import: '',
};

describe('editValuesFromImage', () => {
  it('takes dedicated fields apart and lists only editable custom properties, sorted', () => {
    const values = editValuesFromImage(record);
    expect(values).toMatchObject({ name: 'base', os_distro: 'debian', architecture: '', description: '', min_disk: 1 });
    expect(values.properties.map((p) => p.key)).toEqual(['hw_disk_bus', 'owner_specified.openstack.md5']);
  });
  it('copes with a nameless image', () => {
    expect(editValuesFromImage({ ...record, name: null }).name).toBe('');
  });
});

describe('buildEditPatch', () => {
  const baseline = editValuesFromImage(record);

  it('sends nothing when nothing changed', () => {
    expect(buildEditPatch(record, baseline, baseline)).toEqual([]);
  });

  it('sends only the changed fields', () => {
    const desired = { ...baseline, name: 'renamed', min_ram: 2048 };
    expect(buildEditPatch(record, baseline, desired)).toEqual([
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'replace', path: '/min_ram', value: 2048 },
    ]);
  });

  it('adds, replaces and removes custom properties, escaping JSON pointers', () => {
    const desired = {
      ...baseline,
      os_distro: '',
      architecture: 'aarch64',
      properties: [
        { key: 'hw_disk_bus', value: 'scsi' },
        { key: 'a/b', value: '1' },
      ],
    };
    expect(buildEditPatch(record, baseline, desired)).toEqual([
      { op: 'add', path: '/architecture', value: 'aarch64' },
      { op: 'remove', path: '/os_distro' },
      { op: 'replace', path: '/hw_disk_bus', value: 'scsi' },
      { op: 'remove', path: '/owner_specified.openstack.md5' },
      { op: 'add', path: '/a~1b', value: '1' },
    ]);
  });

  it('leaves fields someone else changed meanwhile alone, and follows the current record for the op', () => {
    const current = { ...record, name: 'renamed elsewhere', hw_disk_bus: undefined };
    const desired = { ...baseline, properties: [{ key: 'hw_disk_bus', value: 'ide' }, ...baseline.properties.slice(1)] };
    expect(buildEditPatch(current, baseline, desired)).toEqual([{ op: 'add', path: '/hw_disk_bus', value: 'ide' }]);
  });

  it('never patches reserved or read-only keys, even from a forged baseline', () => {
    const forged = { ...baseline, properties: [...baseline.properties, { key: 'os_glance_failed_import', value: '' }, { key: 'owner', value: 'p' }] };
    expect(buildEditPatch(record, forged, baseline)).toEqual([]);
  });

  it('turns tag additions and removals into one /tags replace', () => {
    const desired = { ...baseline, tags: ['keep', 'new'] };
    expect(buildEditPatch(record, baseline, desired)).toEqual([{ op: 'replace', path: '/tags', value: ['keep', 'new'] }]);
  });

  it('toggles protected', () => {
    expect(buildEditPatch(record, baseline, { ...baseline, protected: true })).toEqual([{ op: 'replace', path: '/protected', value: true }]);
  });
});

describe('mergeTags', () => {
  it('applies only the user’s additions and removals to the current tags', () => {
    expect(mergeTags(['a', 'b', 'c'], ['a', 'b'], ['b', 'x'])).toEqual(['b', 'c', 'x']);
  });
  it('returns null when the result equals the current tags', () => {
    expect(mergeTags(['a'], ['a'], ['a'])).toBeNull();
    expect(mergeTags(['a', 'x'], ['a'], ['a', 'x'])).toBeNull();
  });
});
