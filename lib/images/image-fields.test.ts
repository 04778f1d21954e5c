import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, pendingTagProblem, propertyKeyProblem, readPropertyRows, readTags, splitTags } from './image-fields';

describe('propertyKeyProblem', () => {
  const ownFields = { ...FIELD_LABELS, disk_format: 'Disk format' };

  it('names the first rule a key breaks, in the words both forms use', () => {
    expect(propertyKeyProblem('', ownFields)).toBe('Give the property a key.');
    expect(propertyKeyProblem('k'.repeat(256), ownFields)).toBe('Keys can be at most 255 characters.');
    expect(propertyKeyProblem('os_glance_import_task', ownFields)).toBe('Keys starting with “os_glance_” are reserved for Glance.');
    expect(propertyKeyProblem('status', ownFields)).toBe('“status” is set by Glance and cannot be changed.');
    expect(propertyKeyProblem('name', ownFields)).toBe('Use the Name field above.');
    expect(propertyKeyProblem('disk_format', ownFields)).toBe('Use the Disk format field above.');
    expect(propertyKeyProblem('os_distro', ownFields)).toBe('Use the OS distribution field above.');
    expect(propertyKeyProblem('hw_disk_bus', ownFields)).toBeUndefined();
  });

  it('refuses what Glance reserves on create and update alike, and base attributes the form does not show', () => {
    for (const key of ['location', 'deleted', 'deleted_at']) expect(propertyKeyProblem(key, ownFields)).toBe(`“${key}” is set by Glance and cannot be changed.`);
    expect(propertyKeyProblem('disk_format', FIELD_LABELS)).toBe('This is a built-in field, not a custom property; it cannot be set here.');
    expect(propertyKeyProblem('os_hidden', ownFields)).toBe('This is a built-in field, not a custom property; it cannot be set here.');
  });
});

describe('tags', () => {
  it('splits typed text at commas, trimmed, each once', () => {
    expect(splitTags(' a, b,,a , ')).toEqual(['a', 'b']);
    expect(splitTags('  ')).toEqual([]);
  });

  it('refuses text left in the tag input, saying whether it is new', () => {
    expect(pendingTagProblem('', ['a'])).toBeUndefined();
    expect(pendingTagProblem(' , ', ['a'])).toBeUndefined();
    expect(pendingTagProblem('new', ['a'])).toBe('Add “new” with Add tag (or Enter), or clear the field.');
    expect(pendingTagProblem('a, b', ['x'])).toBe('Add “a” or “b” with Add tag (or Enter), or clear the field.');
    expect(pendingTagProblem('a', ['a'])).toBe('“a” is already a tag of this image: clear the field.');
    expect(pendingTagProblem('a, b', ['a', 'b'])).toBe('“a” or “b” are already tags of this image: clear the field.');
  });

  it('reads the repeated tag fields and the text not added yet', () => {
    const data = new FormData();
    for (const [name, value] of [['tag', 'x'], ['tag', 'y'], ['new_tag', 'z']]) data.append(name!, value!);
    expect(readTags(data)).toEqual({ tags: ['x', 'y'], new_tag: 'z' });
    expect(readTags(new FormData())).toEqual({ tags: [], new_tag: '' });
  });
});

describe('readPropertyRows', () => {
  it('pairs the parallel key and value lists, blank rows included', () => {
    const data = new FormData();
    const posted = [['property_key', 'a'], ['property_value', '1'], ['property_key', ''], ['property_value', ''], ['property_key', 'b']];
    for (const [name, value] of posted) data.append(name!, value!);
    expect(readPropertyRows(data)).toEqual([
      { key: 'a', value: '1' },
      { key: '', value: '' },
      { key: 'b', value: '' },
    ]);
  });
});
