import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogFields, catalogRowProblems, describeField, metadefValueProblem, searchCatalog, splitList, toField } from './metadefs';

const diskBus = { type: 'string', title: 'Disk Bus', description: 'Disk controller.', enum: ['scsi', 'virtio', 'ide'] };

describe('toField', () => {
  it('makes enums selects, booleans checkboxes, integers ranged, arrays of enums multi-choice', () => {
    expect(toField('hw_disk_bus', diskBus)).toEqual({ key: 'hw_disk_bus', title: 'Disk Bus', description: 'Disk controller.', kind: 'select', options: ['scsi', 'virtio', 'ide'] });
    expect(toField('hw_qemu_guest_agent', { type: 'boolean', title: 'Agent' }).kind).toBe('boolean');
    expect(toField('hw_serial_port_count', { type: 'integer', title: 'Ports', minimum: 0, maximum: 8 })).toMatchObject({ kind: 'integer', minimum: 0, maximum: 8 });
    expect(toField('n', { type: 'number', title: 'N' })).toMatchObject({ kind: 'number', minimum: undefined, maximum: undefined });
    expect(toField('hw_watchdog', { type: 'array', title: 'W', items: { type: 'string', enum: ['a', 'b'] } })).toMatchObject({ kind: 'multi', options: ['a', 'b'] });
    expect(toField('tags', { type: 'array', title: 'T' }).kind).toBe('list');
  });

  it('keeps text limits and the default, falls back to the key as title', () => {
    expect(toField('hw_rng_model', { type: 'string', default: 'virtio', pattern: '^v', maxLength: 10 })).toEqual({
      key: 'hw_rng_model',
      title: 'hw_rng_model',
      defaultValue: 'virtio',
      kind: 'text',
      pattern: '^v',
      minLength: undefined,
      maxLength: 10,
    });
  });

  it('an integer with an enum is a select of its values', () => {
    expect(toField('x', { type: 'integer', title: 'X', enum: [1, 2] })).toMatchObject({ kind: 'select', options: ['1', '2'] });
  });
});

describe('metadefValueProblem', () => {
  it('an empty value is "not set" and always fits', () => {
    expect(metadefValueProblem(toField('hw_disk_bus', diskBus), '')).toBeUndefined();
  });

  it('refuses a value outside the enum, naming the choices', () => {
    const field = toField('hw_disk_bus', diskBus);
    expect(metadefValueProblem(field, 'scsi')).toBeUndefined();
    expect(metadefValueProblem(field, 'floppy')).toBe('Disk Bus must be one of: scsi, virtio, ide.');
  });

  it('checks integers: whole, within minimum and maximum', () => {
    const field = toField('p', { type: 'integer', title: 'Ports', minimum: 1, maximum: 8 });
    expect(metadefValueProblem(field, '4')).toBeUndefined();
    expect(metadefValueProblem(field, '4.5')).toBe('Ports must be a whole number.');
    expect(metadefValueProblem(field, 'four')).toBe('Ports must be a whole number.');
    expect(metadefValueProblem(field, '0')).toBe('Ports must be at least 1 (allowed: 1 to 8).');
    expect(metadefValueProblem(field, '9')).toBe('Ports must be at most 8 (allowed: 1 to 8).');
    expect(metadefValueProblem(toField('q', { type: 'integer', title: 'Q', minimum: 0 }), '-1')).toBe('Q must be at least 0.');
  });

  it('checks numbers and booleans', () => {
    expect(metadefValueProblem(toField('n', { type: 'number', title: 'N' }), '1.5e3')).toBeUndefined();
    expect(metadefValueProblem(toField('n', { type: 'number', title: 'N' }), '1,5')).toBe('N must be a number.');
    expect(metadefValueProblem(toField('b', { type: 'boolean', title: 'B' }), 'yes')).toBe('B must be true or false.');
    expect(metadefValueProblem(toField('b', { type: 'boolean', title: 'B' }), 'false')).toBeUndefined();
  });

  it('checks text length and pattern (a search, as in JSON Schema); an uncompilable pattern is skipped', () => {
    const field = toField('v', { type: 'string', title: 'Version', pattern: '^[0-9]+\\.[0-9]+$', maxLength: 5 });
    expect(metadefValueProblem(field, '1.2')).toBeUndefined();
    expect(metadefValueProblem(field, 'one')).toBe('Version does not have the expected form (pattern ^[0-9]+\\.[0-9]+$).');
    expect(metadefValueProblem(field, '123.45')).toBe('Version must be at most 5 characters.');
    expect(metadefValueProblem(toField('w', { type: 'string', title: 'W', pattern: '(?P<x>a)' }), 'b')).toBeUndefined();
  });

  it('checks each item of an array of choices', () => {
    const field = toField('a', { type: 'array', title: 'Models', items: { enum: ['x', 'y'] } });
    expect(metadefValueProblem(field, 'x, y')).toBeUndefined();
    expect(metadefValueProblem(field, 'x,z')).toBe('Models accepts only: x, y (not z).');
    expect(splitList(' a, ,b ')).toEqual(['a', 'b']);
  });
});

describe('the catalog', () => {
  const groups = buildCatalog([
    { namespace: 'OS::Compute::LibvirtImage', display_name: 'libvirt Driver Options for Images', properties: { hw_disk_bus: diskBus, hw_rng_model: { type: 'string', title: 'Random Number Generator Device' } } },
    { namespace: 'OS::Software::DBMS', display_name: 'Database Software', objects: [{ name: 'MySQL', properties: { sw_database_mysql_version: { type: 'string', title: 'Version' } } }] },
    { namespace: 'Empty', properties: {} },
    { namespace: 'Dup', display_name: 'z later', properties: { hw_disk_bus: { type: 'string', title: 'Other' }, ro: { type: 'string', readonly: true } } },
  ]);

  it('groups by namespace title, includes object properties, drops empty groups, duplicate keys and read-only fields', () => {
    expect(groups.map((g) => g.title)).toEqual(['Database Software', 'libvirt Driver Options for Images']);
    expect(groups[0]!.fields.map((f) => f.key)).toEqual(['sw_database_mysql_version']);
    expect(groups[1]!.fields.map((f) => f.key)).toEqual(['hw_disk_bus', 'hw_rng_model']);
  });

  it('searches keys, titles, descriptions and namespaces, case-insensitively', () => {
    expect(searchCatalog(groups, 'RANDOM').flatMap((g) => g.fields.map((f) => f.key))).toEqual(['hw_rng_model']);
    expect(searchCatalog(groups, 'controller').flatMap((g) => g.fields.map((f) => f.key))).toEqual(['hw_disk_bus']);
    expect(searchCatalog(groups, 'dbms').map((g) => g.namespace)).toEqual(['OS::Software::DBMS']);
    expect(searchCatalog(groups, '  ')).toBe(groups);
    expect(searchCatalog(groups, 'nothing-like-this')).toEqual([]);
  });
});

describe('describeField', () => {
  it('says what each kind accepts', () => {
    expect(describeField(toField('a', diskBus))).toBe('One of: scsi, virtio, ide');
    expect(describeField(toField('b', { type: 'integer', minimum: 1, maximum: 8 }))).toBe('Whole number from 1 to 8');
    expect(describeField(toField('c', { type: 'number', minimum: 0 }))).toBe('Number, at least 0');
    expect(describeField(toField('d', { type: 'string', maxLength: 4, pattern: '^x' }))).toBe('Text, up to 4 characters, matching ^x');
    expect(describeField(toField('e', { type: 'boolean' }))).toBe('Yes or no');
    expect(describeField(toField('f', { type: 'array' }))).toBe('Comma-separated list');
  });
});

describe('catalogRowProblems', () => {
  const fields = catalogFields(buildCatalog([{ namespace: 'L', properties: { hw_disk_bus: diskBus, hw_ports: { type: 'integer', title: 'Ports', maximum: 4 } } }]));

  it('keys each refused row value as the forms show row errors, skipping free keys and blank rows', () => {
    const rows = [
      { key: 'free', value: 'anything' },
      { key: ' hw_disk_bus ', value: 'floppy' },
      { key: '', value: '' },
      { key: 'hw_ports', value: '9' },
      { key: 'hw_ports', value: '2' },
    ];
    expect(catalogRowProblems(fields, rows)).toEqual({
      'properties.1.value': ['Disk Bus must be one of: scsi, virtio, ide.'],
      'properties.3.value': ['Ports must be at most 4.'],
    });
  });

  it('leaves values the image already had alone', () => {
    expect(catalogRowProblems(fields, [{ key: 'hw_disk_bus', value: 'floppy' }], (key, value) => key === 'hw_disk_bus' && value === 'floppy')).toEqual({});
  });
});
