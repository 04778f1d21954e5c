import { describe, expect, it } from 'vitest';
import { editImageSchema, editInputFromFormData, isEditablePropertyKey, parseEditForm } from './edit-schema';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const valid = {
  name: 'ubuntu',
  description: '',
  min_disk: '10',
  min_ram: '512',
  architecture: 'x86_64',
  os_distro: 'ubuntu',
  os_version: '24.04',
  protected: false,
  tags: ['a', 'b'],
  new_tag: '',
  properties: [{ key: 'hw_disk_bus', value: 'virtio' }],
};

function issues(input: unknown) {
  const result = editImageSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('editImageSchema', () => {
  it('accepts a valid edit and coerces the sizes to integers', () => {
    const result = editImageSchema.parse(valid);
    expect(result.min_disk).toBe(10);
    expect(result.min_ram).toBe(512);
  });

  it('refuses negative, fractional and non-numeric sizes with one message each', () => {
    expect(issues({ ...valid, min_disk: '-1' })).toEqual(['min_disk: Minimum disk must be a whole number of GiB, 0 or more.']);
    expect(issues({ ...valid, min_disk: 'abc' })).toEqual(['min_disk: Minimum disk must be a whole number of GiB, 0 or more.']);
    expect(issues({ ...valid, min_ram: '1.5' })).toEqual(['min_ram: Minimum RAM must be a whole number of MiB, 0 or more.']);
    expect(issues({ ...valid, min_ram: 'lots' })).toEqual(['min_ram: Minimum RAM must be a whole number of MiB, 0 or more.']);
  });

  it('says the limit Glance stores, even for numbers past 2^53', () => {
    expect(issues({ ...valid, min_ram: '9223372036854775808' })).toEqual(['min_ram: Minimum RAM can be at most 2,147,483,647 MiB.']);
    expect(issues({ ...valid, min_disk: '2147483648' })).toEqual(['min_disk: Minimum disk can be at most 2,147,483,647 GiB.']);
    expect(editImageSchema.parse({ ...valid, min_disk: '2147483647', min_ram: '' })).toMatchObject({ min_disk: 2147483647, min_ram: 0 });
  });

  it('needs a name of at most 255 characters', () => {
    expect(issues({ ...valid, name: '   ' })).toEqual(['name: Give the image a name.']);
    expect(issues({ ...valid, name: 'x'.repeat(256) })).toEqual(['name: Names can be at most 255 characters.']);
    expect(issues({ ...valid, name: 'x'.repeat(255) })).toEqual([]);
  });

  it('refuses reserved, built-in and dedicated property keys', () => {
    const withKey = (key: string) => issues({ ...valid, properties: [{ key, value: 'v' }] });
    expect(withKey('os_glance_failed_import')[0]).toMatch(/reserved for Glance/);
    expect(withKey('size')).toEqual(['properties.0.key: “size” is set by Glance and cannot be changed.']);
    expect(withKey('owner')).toEqual(['properties.0.key: “owner” is set by Glance and cannot be changed.']);
    expect(withKey('status')).toEqual(['properties.0.key: “status” is set by Glance and cannot be changed.']);
    expect(withKey('visibility')[0]).toMatch(/built-in field/);
    expect(withKey('os_distro')).toEqual(['properties.0.key: Use the OS distribution field above.']);
    expect(withKey('location')).toEqual(['properties.0.key: “location” is set by Glance and cannot be changed.']);
    expect(withKey('k'.repeat(256))[0]).toMatch(/at most 255/);
    expect(withKey('')[0]).toMatch(/Give the property a key/);
  });

  it('points at the duplicate property row', () => {
    const rows = [{ key: 'a', value: '1' }, { key: 'a', value: '2' }];
    expect(issues({ ...valid, properties: rows })).toEqual(['properties.1.key: This key is already used above.']);
  });

  it('refuses duplicate, empty, too long and too many tags, and a tag typed but not added', () => {
    expect(issues({ ...valid, tags: ['a', 'a'] })).toEqual(['tags: Each tag only once.']);
    expect(issues({ ...valid, tags: [' '] })).toEqual(['tags: Tags cannot be empty.']);
    expect(issues({ ...valid, tags: ['t'.repeat(256)] })).toEqual([`tags: Tags can be at most 255 characters (“${'t'.repeat(24)}…” is longer).`]);
    expect(issues({ ...valid, tags: Array.from({ length: 129 }, (_, i) => `t${i}`) })).toEqual(['tags: At most 128 tags.']);
    expect(issues({ ...valid, new_tag: 'a' })).toEqual(['tags: “a” is already a tag of this image: clear the field.']);
  });

  it('checks the property fields and the custom values with Create’s limits', () => {
    expect(issues({ ...valid, description: 'é'.repeat(32_768) })).toEqual(['description: Too long: at most 65,535 bytes.']);
    expect(issues({ ...valid, properties: [{ key: 'k', value: 'v'.repeat(65_536) }] })).toEqual(['properties.0.value: Too long: at most 65,535 bytes.']);
    const properties = Array.from({ length: 128 }, (_, i) => ({ key: `p${i}`, value: 'v' }));
    expect(issues({ ...valid, properties })).toEqual(['properties: At most 128 properties, counting description and OS fields.']);
  });
});

describe('editInputFromFormData', () => {
  it('reads repeated tags, property rows (skipping blank ones) and the protected checkbox', () => {
    const raw = editInputFromFormData(
      form([
        ['name', 'n'],
        ['min_disk', ''],
        ['protected', 'on'],
        ['tag', 'x'],
        ['tag', 'y'],
        ['new_tag', 'z'],
        ['property_key', 'k1'],
        ['property_value', 'v1'],
        ['property_key', 'k2'],
        ['property_value', ''],
        ['property_key', ' '],
        ['property_value', ''],
      ]),
    );
    expect(raw).toMatchObject({ name: 'n', min_disk: '', min_ram: '', protected: true, tags: ['x', 'y'], new_tag: 'z' });
    expect(raw.properties).toEqual([
      { key: 'k1', value: 'v1' },
      { key: 'k2', value: '' },
      { key: ' ', value: '' },
    ]);
  });

  it('treats a missing checkbox as unprotected', () => {
    expect(editInputFromFormData(form([['name', 'n']])).protected).toBe(false);
  });
});

describe('parseEditForm', () => {
  const input = { ...valid, min_disk: '0', min_ram: '0' };

  it('skips blank property rows and names problems by their row on screen', () => {
    const rows = [
      { key: '', value: '' },
      { key: 'hw_disk_bus', value: 'virtio' },
      { key: ' ', value: '' },
      { key: 'owner', value: 'x' },
    ];
    expect(parseEditForm({ ...input, properties: rows })).toEqual({
      success: false,
      fieldErrors: { 'properties.3.key': ['“owner” is set by Glance and cannot be changed.'] },
    });
    const ok = parseEditForm({ ...input, properties: rows.slice(0, 3) });
    expect(ok.success && ok.data.properties).toEqual([{ key: 'hw_disk_bus', value: 'virtio' }]);
  });

  it('reports every refused field at once, each under its own key', () => {
    const result = parseEditForm({ ...input, min_disk: '1.5', tags: ['a', 'a'], properties: [{ key: 'os_glance_x', value: '1' }, { key: 'id', value: '2' }] });
    expect(result.success ? {} : result.fieldErrors).toEqual({
      min_disk: ['Minimum disk must be a whole number of GiB, 0 or more.'],
      tags: ['Each tag only once.'],
      'properties.0.key': ['Keys starting with “os_glance_” are reserved for Glance.'],
      'properties.1.key': ['“id” is set by Glance and cannot be changed.'],
    });
  });
});

describe('isEditablePropertyKey', () => {
  it('separates custom properties from Glance-owned keys', () => {
    expect(isEditablePropertyKey('hw_disk_bus')).toBe(true);
    expect(isEditablePropertyKey('owner_specified.openstack.md5')).toBe(true);
    expect(isEditablePropertyKey('os_glance_importing_to_stores')).toBe(false);
    expect(isEditablePropertyKey('checksum')).toBe(false);
    expect(isEditablePropertyKey('description')).toBe(false);
  });
});
