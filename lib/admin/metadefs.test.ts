import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldPath, namespaceCreateBody, namespaceFormSchema, namespaceUpdateBody, parseNamespaceFile, propertyBody, propertyFormSchema, propertyFormValues } from './metadefs';

const libvirtImage = {
  namespace: 'OS::Compute::LibvirtImage',
  display_name: 'libvirt Driver Options for Images',
  visibility: 'public',
  protected: true,
  resource_type_associations: [{ name: 'OS::Glance::Image' }],
  properties: { hw_disk_bus: { title: 'Disk Bus', type: 'string', enum: ['scsi', 'virtio'] } },
  objects: [{ name: 'X', required: [], properties: { y: { title: 'Y', type: 'integer', minimum: 0 } } }],
};

describe('parseNamespaceFile', () => {
  it('accepts a file in the format Glance ships', () => {
    const result = parseNamespaceFile(JSON.stringify(libvirtImage));
    expect(result).toEqual({ ok: true, namespace: libvirtImage });
  });

  it('accepts every file of the catalog this stack loaded, when present', () => {
    const dir = '/tmp/iris-openstack/glance/metadefs';
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      return;
    }
    for (const file of files) {
      const result = parseNamespaceFile(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(result.ok ? file : [file, result.problems]).toBe(file);
    }
  });

  it('names the field of each problem', () => {
    const bad = {
      ...libvirtImage,
      visibility: 'everyone',
      properties: { hw_disk_bus: { title: 'Disk Bus', type: 'strin' }, hw_x: { type: 'string' } },
      objects: [{ name: 'X', properties: { y: { title: 'Y', type: 'integer', minimum: 'zero' } } }],
      colour: 'red',
    };
    const result = parseNamespaceFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'visibility', message: 'must be public or private' },
        { path: 'properties.hw_disk_bus.type', message: 'must be one of string, integer, number, boolean, array, object' },
        { path: 'properties.hw_x.title', message: 'is required (text)' },
        { path: 'objects[0].properties.y.minimum', message: 'must be a number' },
        { path: 'colour', message: 'is not a field of a namespace file' },
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('refuses what is not JSON, not an object, or has no usable namespace name', () => {
    expect(parseNamespaceFile('{ nope')).toMatchObject({ ok: false, problems: [{ path: 'file', message: expect.stringMatching(/^is not valid JSON/) }] });
    expect(parseNamespaceFile('[]')).toEqual({ ok: false, problems: [{ path: 'file', message: 'must be a JSON object' }] });
    expect(parseNamespaceFile('{}')).toEqual({ ok: false, problems: [{ path: 'namespace', message: 'is required (text)' }] });
    expect(parseNamespaceFile('{"namespace":"a/b"}')).toMatchObject({ ok: false, problems: [{ path: 'namespace' }] });
  });

  it('writes paths as a person reads them', () => {
    expect(fieldPath([])).toBe('file');
    expect(fieldPath(['objects', 2, 'properties', 'a', 'type'])).toBe('objects[2].properties.a.type');
  });
});

describe('namespace form', () => {
  const form = namespaceFormSchema.parse({ namespace: ' Iris::Test ', display_name: 'Test', description: '', visibility: 'private', protected: 'on', image_prefix: 'iris_' });

  it('builds the create body with an image association and its prefix', () => {
    expect(namespaceCreateBody(form)).toEqual({
      namespace: 'Iris::Test',
      display_name: 'Test',
      visibility: 'private',
      protected: true,
      resource_type_associations: [{ name: 'OS::Glance::Image', prefix: 'iris_' }],
    });
  });

  it('builds the update body without associations; an unticked box is false', () => {
    const unprotected = namespaceFormSchema.parse({ namespace: 'N', display_name: '', description: 'd', visibility: 'public' });
    expect(namespaceUpdateBody(unprotected)).toEqual({ namespace: 'N', description: 'd', visibility: 'public', protected: false });
  });

  it('refuses bad names and visibilities with sentences', () => {
    const result = namespaceFormSchema.safeParse({ namespace: 'has space', display_name: '', description: '', visibility: 'shared' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['namespace', 'visibility']);
  });
});

describe('property form', () => {
  const parse = (values: Record<string, string>) =>
    propertyFormSchema.safeParse({ name: 'disk_bus', title: 'Disk Bus', description: '', type: 'string', enum: '', minimum: '', maximum: '', pattern: '', maxLength: '', ...values });

  it('turns choices, limits and patterns into the body Glance stores, per type', () => {
    const string = parse({ enum: 'scsi\nvirtio, ide', pattern: '^[a-z]+$', maxLength: '10', minimum: '3' });
    expect(string.success && propertyBody(string.data)).toEqual({ name: 'disk_bus', title: 'Disk Bus', type: 'string', enum: ['scsi', 'virtio', 'ide'], pattern: '^[a-z]+$', maxLength: 10 });
    const integer = parse({ type: 'integer', minimum: '1', maximum: '8', enum: '' });
    expect(integer.success && propertyBody(integer.data)).toEqual({ name: 'disk_bus', title: 'Disk Bus', type: 'integer', minimum: 1, maximum: 8 });
    const array = parse({ type: 'array', enum: 'a\nb' });
    expect(array.success && propertyBody(array.data)).toEqual({ name: 'disk_bus', title: 'Disk Bus', type: 'array', items: { type: 'string', enum: ['a', 'b'] } });
  });

  it('refuses a maximum below the minimum, non-numeric integer choices, and broken patterns, on their fields', () => {
    const paths = (values: Record<string, string>) => parse(values).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ type: 'integer', minimum: '5', maximum: '1' })).toEqual(['maximum']);
    expect(paths({ type: 'integer', enum: '1\ntwo' })).toEqual(['enum']);
    expect(paths({ pattern: '([a-' })).toEqual(['pattern']);
    expect(paths({ name: '', title: '' })).toEqual(['name', 'title']);
    expect(paths({ minimum: 'low' })).toEqual(['minimum']);
  });

  it('round-trips a stored property into the form', () => {
    expect(propertyFormValues('hw_x', { type: 'array', title: 'X', items: { enum: ['a', 'b'] } })).toMatchObject({ name: 'hw_x', type: 'array', enum: 'a\nb', minimum: '' });
    expect(propertyFormValues('n', { type: 'integer', title: 'N', minimum: 0, maximum: 4 })).toMatchObject({ minimum: '0', maximum: '4' });
  });
});
