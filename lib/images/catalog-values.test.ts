import { describe, expect, it } from 'vitest';
import { catalogConflicts, catalogErrorsOf, catalogForForms, catalogProblems, catalogRows, placeCatalogErrors, splitByCatalog } from './catalog-values';
import { readPropertyRows } from './image-fields';
import { buildCatalog, catalogFields } from './metadefs';

const groups = buildCatalog([
  {
    namespace: 'OS::Compute::LibvirtImage',
    properties: {
      hw_disk_bus: { type: 'string', title: 'Disk Bus', enum: ['scsi', 'virtio'] },
      hw_serial_port_count: { type: 'integer', title: 'Serial Port Count', minimum: 0 },
    },
  },
  { namespace: 'OS::OperatingSystem', properties: { os_distro: { type: 'string' }, os_glance_x: { type: 'string' } } },
]);
const fields = catalogFields(catalogForForms(groups));

describe('the catalog in Create and Edit', () => {
  it('leaves out keys the forms show as their own fields or Glance keeps, and namespaces left empty', () => {
    expect(catalogForForms(groups).map((g) => g.namespace)).toEqual(['OS::Compute::LibvirtImage']);
    expect([...fields.keys()]).toEqual(['hw_disk_bus', 'hw_serial_port_count']);
  });

  it('splits an image’s properties: catalog keys to their typed fields, the rest stay rows', () => {
    const split = splitByCatalog([{ key: 'hw_disk_bus', value: 'virtio' }, { key: 'owner_note', value: 'x' }], fields);
    expect(split).toEqual({ catalog: { hw_disk_bus: 'virtio' }, rows: [{ key: 'owner_note', value: 'x' }] });
    expect(catalogRows({ hw_disk_bus: 'scsi', hw_serial_port_count: '' })).toEqual([{ key: 'hw_disk_bus', value: 'scsi' }]);
  });

  it('refuses a key set both in a free row and in the catalog, next to the row', () => {
    const errors = catalogConflicts([{ key: 'note', value: '1' }, { key: ' hw_disk_bus ', value: 'ide' }], [{ key: 'hw_disk_bus', value: 'scsi' }]);
    expect(Object.keys(errors)).toEqual(['properties.1.key']);
    expect(errors['properties.1.key']![0]).toMatch(/also set in the metadata catalog/);
  });

  it('moves errors of posted rows past the free ones to their catalog field', () => {
    const placed = placeCatalogErrors({ 'properties.0.value': ['a'], 'properties.2.value': ['b'], name: ['c'] }, 1, [{ key: 'x', value: '' }, { key: 'y', value: '' }]);
    expect(placed).toEqual({ 'properties.0.value': ['a'], 'catalog.y': ['b'], name: ['c'] });
    expect(catalogErrorsOf(placed)).toEqual({ y: ['b'] });
  });

  it('checks catalog values and free rows naming a catalog key; unchanged values pass', () => {
    const problems = catalogProblems(fields, [{ key: 'hw_disk_bus', value: 'floppy' }], [{ key: 'hw_serial_port_count', value: '-1' }]);
    expect(problems).toEqual({
      'properties.0.value': ['Disk Bus must be one of: scsi, virtio.'],
      'catalog.hw_serial_port_count': ['Serial Port Count must be at least 0.'],
    });
    expect(catalogProblems(fields, [], [{ key: 'hw_disk_bus', value: 'floppy' }], (key, value) => key === 'hw_disk_bus' && value === 'floppy')).toEqual({});
  });

  it('reads the free rows first, then the catalog’s values', () => {
    const data = new FormData();
    for (const [name, value] of [['catalog_key', 'hw_disk_bus'], ['catalog_value', 'scsi'], ['property_key', 'a'], ['property_value', '1']]) data.append(name!, value!);
    expect(readPropertyRows(data)).toEqual([{ key: 'a', value: '1' }, { key: 'hw_disk_bus', value: 'scsi' }]);
  });
});
