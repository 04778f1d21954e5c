import { describe, expect, it } from 'vitest';
import { propertyKeyProblem, readPropertyRows, type PropertyKeyRules } from './image-fields';

const rules: PropertyKeyRules = { setByGlance: new Set(['status']), builtIn: new Set(['status', 'name']), ownFields: new Set(['os_distro']) };

describe('propertyKeyProblem', () => {
  it('names the first rule a key breaks', () => {
    expect(propertyKeyProblem('os_glance_import_task', rules)).toBe('reserved');
    expect(propertyKeyProblem('status', rules)).toBe('set_by_glance');
    expect(propertyKeyProblem('name', rules)).toBe('built_in');
    expect(propertyKeyProblem('os_distro', rules)).toBe('own_field');
    expect(propertyKeyProblem('hw_disk_bus', rules)).toBeUndefined();
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
