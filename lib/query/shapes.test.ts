import { describe, expect, it } from 'vitest';
import { imageSchema } from '@/lib/glance/schemas';
import { ShapeError, parseEmptyRecords, parseFormDraft, parseImage, parseImageStatuses, parseInvitationCount } from './shapes';

const image = {
  id: '7b6e2b2a-6a55-4a57-9b2f-0d7c1b6a2f10',
  name: 'cirros',
  status: 'active',
  visibility: 'private',
  protected: false,
  owner: 'p1',
  disk_format: 'qcow2',
  container_format: 'bare',
  size: 1024,
  virtual_size: null,
  checksum: null,
  min_disk: 0,
  min_ram: 0,
  created_at: '2026-12-01T00:00:00Z',
  updated_at: '2026-12-01T00:00:00Z',
  tags: ['a'],
  os_hidden: false,
  hw_disk_bus: 'virtio',
};

describe('parseImage', () => {
  it('accepts what the server schema accepts, keeping custom properties', () => {
    expect(parseImage(image)).toEqual(imageSchema.parse(image));
    expect(parseImage(image).hw_disk_bus).toBe('virtio');
  });

  it('defaults tags to [] as the server schema does', () => {
    const withoutTags: Record<string, unknown> = { ...image };
    delete withoutTags.tags;
    expect(parseImage(withoutTags).tags).toEqual([]);
    expect(parseImage(withoutTags)).toEqual(imageSchema.parse(withoutTags));
  });

  it.each([
    ['a missing id', { ...image, id: undefined }],
    ['an unknown visibility', { ...image, visibility: 'everyone' }],
    ['a string size', { ...image, size: '1024' }],
    ['protected as a string', { ...image, protected: 'false' }],
    ['tags that are not strings', { ...image, tags: [1] }],
  ])('rejects %s, as the server schema does', (_, bad) => {
    expect(() => parseImage(bad)).toThrow(ShapeError);
    expect(imageSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects what is not an object', () => {
    for (const bad of [null, 'html', [image], 3]) expect(() => parseImage(bad)).toThrow(ShapeError);
  });
});

describe('lists and counts', () => {
  it('reads { images } and { images, more }', () => {
    expect(parseImageStatuses({ images: [image] })).toHaveLength(1);
    expect(parseEmptyRecords({ images: [image], more: true })).toEqual({ images: [parseImage(image)], more: true });
    expect(() => parseImageStatuses({ images: 'none' })).toThrow(ShapeError);
    expect(() => parseEmptyRecords({ images: [image] })).toThrow(ShapeError);
    expect(() => parseEmptyRecords({ images: [{ id: 'x' }], more: false })).toThrow(ShapeError);
  });

  it('reads an invitation count: a whole number ≥ 0 and a flag', () => {
    expect(parseInvitationCount({ count: 3, capped: false })).toEqual({ count: 3, capped: false });
    for (const bad of [{ count: -1, capped: false }, { count: 1.5, capped: false }, { count: 1 }, { count: '1', capped: true }, null]) {
      expect(() => parseInvitationCount(bad)).toThrow(ShapeError);
    }
  });
});

describe('parseFormDraft', () => {
  it('keeps field → string values and drops anything else', () => {
    expect(parseFormDraft({ name: ['x'], tags: ['a', 'b'] })).toEqual({ name: ['x'], tags: ['a', 'b'] });
    expect(parseFormDraft({})).toEqual({});
    for (const bad of [null, 'x', ['x'], { name: 'x' }, { name: [1] }]) expect(parseFormDraft(bad)).toBeUndefined();
  });
});
