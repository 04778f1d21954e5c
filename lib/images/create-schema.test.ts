import { describe, expect, it } from 'vitest';
import { createOptionsFromSchema, type CreateImageOptions } from './create-options';
import { createImageSchema, readCreateImageForm, type CreateImageFormValues } from './create-schema';

// The shape of this Glance's GET /v2/schemas/image (trimmed to what the form reads).
const glanceSchema = {
  properties: {
    visibility: { type: 'string', enum: ['community', 'public', 'private', 'shared'] },
    disk_format: { type: ['null', 'string'], enum: [null, 'raw', 'qcow2', 'iso'] },
    container_format: { type: ['null', 'string'], enum: [null, 'bare', 'ovf'] },
    kernel_id: { type: ['null', 'string'], pattern: '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$', is_base: false },
    os_distro: { type: 'string', is_base: false },
    cinder_encryption_key_deletion_policy: { type: 'string', enum: ['on_image_deletion', 'do_not_delete'], is_base: false },
  },
};

const GiB = 1024 ** 3;
const member: CreateImageOptions = createOptionsFromSchema(glanceSchema, { canPublicize: false, importMethods: ['glance-direct', 'web-download'], maxUploadBytes: 25 * GiB });

// `as const` cases hand in readonly tag lists
function form(overrides: { readonly [K in keyof CreateImageFormValues]?: unknown } = {}): CreateImageFormValues {
  return {
    name: 'ubuntu-24.04',
    description: '',
    source: 'file',
    url: '',
    file_name: 'noble.qcow2',
    file_size: String(600 * 1024 ** 2),
    disk_format: 'qcow2',
    container_format: 'bare',
    architecture: '',
    os_distro: '',
    os_version: '',
    min_disk: '',
    min_ram: '',
    visibility: 'private',
    protected: '',
    tags: [],
    new_tag: '',
    expected_hash: '',
    properties: [],
    ...overrides,
  } as CreateImageFormValues;
}

function errorsOf(values: CreateImageFormValues, options = member): Record<string, string[]> {
  const result = createImageSchema(options).safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}

describe('createOptionsFromSchema', () => {
  it('reads the enums this Glance allows and hides public from members', () => {
    expect(member.diskFormats).toEqual(['raw', 'qcow2', 'iso']);
    expect(member.containerFormats).toEqual(['bare', 'ovf']);
    expect(member.visibilities).toEqual(['private', 'shared', 'community']);
    expect(member.webDownload).toBe(true);
    expect(member.propertyRules.kernel_id?.pattern).toContain('[0-9a-fA-F]');
  });

  it('offers public to administrators and hides web-download when the cloud lacks it', () => {
    const admin = createOptionsFromSchema(glanceSchema, { canPublicize: true, importMethods: ['glance-direct'], maxUploadBytes: 1 });
    expect(admin.visibilities).toEqual(['private', 'shared', 'community', 'public']);
    expect(admin.webDownload).toBe(false);
  });

  it('falls back to the stock enums when the schema is unreadable', () => {
    const options = createOptionsFromSchema('<html>', { canPublicize: false, importMethods: [], maxUploadBytes: 1 });
    expect(options.diskFormats).toContain('qcow2');
    expect(options.containerFormats).toContain('bare');
  });
});

describe('createImageSchema', () => {
  it('turns a valid form into the Glance create body and the source', () => {
    const result = createImageSchema(member).parse(
      form({
        description: ' Noble ',
        os_distro: 'ubuntu',
        min_disk: '10',
        min_ram: '512',
        protected: 'on',
        tags: ['lts', 'ubuntu', 'cloud'],
        expected_hash: 'MD5: D41D8CD98F00B204E9800998ECF8427E',
        properties: [
          { key: 'hw_disk_bus', value: 'virtio' },
          { key: '', value: '' },
        ],
      }),
    );
    expect(result.body).toEqual({
      name: 'ubuntu-24.04',
      disk_format: 'qcow2',
      container_format: 'bare',
      visibility: 'private',
      protected: true,
      min_disk: 10,
      min_ram: 512,
      tags: ['lts', 'ubuntu', 'cloud'],
      // as typed, as Edit keeps it (Edit compares it with the record)
      description: ' Noble ',
      os_distro: 'ubuntu',
      hw_disk_bus: 'virtio',
    });
    expect(result.source).toEqual({ kind: 'file', name: 'noble.qcow2', size: 600 * 1024 ** 2 });
    expect(result.expectedHash).toEqual({ algo: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' });
  });

  it('defaults empty numbers to 0 and accepts a URL source', () => {
    const result = createImageSchema(member).parse(form({ source: 'url', url: 'http://127.0.0.1:8089/a.qcow2', file_name: '', file_size: '' }));
    expect(result.body.min_disk).toBe(0);
    expect(result.source).toEqual({ kind: 'url', uri: 'http://127.0.0.1:8089/a.qcow2' });
  });

  it.each([
    ['name', { name: '  ' }, 'Give the image a name.'],
    ['name', { name: 'x'.repeat(256) }, 'Names can be at most 255 characters.'],
    ['disk_format', { disk_format: 'vhd' }, 'Choose a disk format this cloud accepts.'],
    ['container_format', { container_format: '' }, 'Choose a container format this cloud accepts.'],
    ['min_disk', { min_disk: '-1' }, 'Minimum disk must be a whole number of GiB, 0 or more.'],
    ['min_ram', { min_ram: '1.5' }, 'Minimum RAM must be a whole number of MiB, 0 or more.'],
    ['min_ram', { min_ram: '2147483648' }, 'Minimum RAM can be at most 2,147,483,647 MiB.'],
    ['visibility', { visibility: 'public' }, 'Only administrators can make an image public. Choose community to let every project use it.'],
    ['visibility', { visibility: 'everyone' }, 'Choose private, shared or community.'],
    ['file', { file_name: '', file_size: '' }, 'Choose the image file to upload.'],
    ['file', { file_size: '0' }, 'This file is empty.'],
    ['file', { file_size: String(30 * GiB) }, 'This file is 30.0 GiB; this cloud accepts image files up to 25.0 GiB.'],
    ['url', { source: 'url', url: '' }, 'Enter the URL of the image file.'],
    ['url', { source: 'url', url: 'ftp://example.org/a.img' }, 'Use an http:// or https:// address.'],
    ['url', { source: 'url', url: 'not a url' }, 'That is not a URL. Use an http:// or https:// address.'],
    ['url', { source: 'url', url: 'https://me:pw@example.org/a.img' }, 'Remove the user name and password: Glance would keep them in its task records.'],
    ['tags', { tags: ['ok', 't'.repeat(256)] }, `Tags can be at most 255 characters (“${'t'.repeat(24)}…” is longer).`],
    ['tags', { tags: ['ok', 'ok'] }, 'Each tag only once.'],
    ['tags', { tags: ['ok'], new_tag: 'typed' }, 'Add “typed” with Add tag (or Enter), or clear the field.'],
    ['expected_hash', { expected_hash: 'abc123' }, 'Paste an MD5 (32 hex digits), SHA-256 (64) or SHA-512 (128) checksum, or leave this empty.'],
    ['os_distro', { os_distro: 'u'.repeat(65_536) }, 'Too long: at most 65,535 bytes.'],
    ['description', { description: 'é'.repeat(32_768) }, 'Too long: at most 65,535 bytes.'],
  ] as const)('%s: %j → %s', (field, overrides, message) => {
    expect(errorsOf(form(overrides))[field]).toEqual([message]);
  });

  it('refuses web-download where the cloud does not offer it', () => {
    const noImport = { ...member, webDownload: false };
    expect(errorsOf(form({ source: 'url', url: 'http://127.0.0.1/a' }), noImport).source).toEqual([
      'This cloud does not offer import from a URL (web-download).',
    ]);
  });

  it('checks every custom property row and reports each one at its own row', () => {
    const errors = errorsOf(
      form({
        properties: [
          { key: 'os_glance_import_task', value: 'x' },
          { key: 'hw_qemu_guest_agent', value: 'yes' },
          { key: 'hw_qemu_guest_agent', value: 'no' },
          { key: 'name', value: 'other' },
          { key: 'checksum', value: 'abc' },
          { key: 'k'.repeat(256), value: 'v' },
          { key: '', value: 'orphan value' },
          { key: 'kernel_id', value: 'not-a-uuid' },
          { key: 'cinder_encryption_key_deletion_policy', value: 'sometimes' },
          { key: 'big', value: 'v'.repeat(65_536) },
        ],
      }),
    );
    expect(errors).toEqual({
      'properties.0.key': ['Keys starting with “os_glance_” are reserved for Glance.'],
      'properties.2.key': ['This key is already used above.'],
      'properties.3.key': ['Use the Name field above.'],
      'properties.4.key': ['“checksum” is set by Glance and cannot be changed.'],
      'properties.5.key': ['Keys can be at most 255 characters.'],
      'properties.6.key': ['Give the property a key.'],
      'properties.7.value': ['kernel_id must be an ID (UUID).'],
      'properties.8.value': ['Glance accepts only: on_image_deletion, do_not_delete.'],
      'properties.9.value': ['Too long: at most 65,535 bytes.'],
    });
  });

  it('reports all problems at once, not only the first field that fails', () => {
    const errors = errorsOf(form({ name: '', min_disk: 'x', properties: [{ key: 'os_glance_x', value: '1' }], file_size: '0' }));
    expect(Object.keys(errors).sort()).toEqual(['file', 'min_disk', 'name', 'properties.0.key']);
  });

  it('caps the number of tags and properties at Glance’s default quotas', () => {
    const tags = Array.from({ length: 129 }, (_, i) => `t${i}`);
    expect(errorsOf(form({ tags })).tags).toEqual(['At most 128 tags.']);
    const properties = Array.from({ length: 128 }, (_, i) => ({ key: `p${i}`, value: 'v' }));
    expect(errorsOf(form({ properties, os_distro: 'debian' })).properties).toEqual(['At most 128 properties, counting description and OS fields.']);
  });
});

describe('readCreateImageForm', () => {
  it('reads the text fields and pairs the property rows', () => {
    const data = new FormData();
    data.set('name', 'n');
    data.append('tag', 'x');
    data.append('new_tag', 'y');
    data.append('property_key', 'a');
    data.append('property_value', '1');
    data.append('property_key', 'b');
    data.append('property_value', '2');
    const values = readCreateImageForm(data);
    expect(values.name).toBe('n');
    expect(values.visibility).toBe('');
    expect(values.tags).toEqual(['x']);
    expect(values.new_tag).toBe('y');
    expect(values.properties).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
  });
});
