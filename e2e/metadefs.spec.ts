import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { MetadataCatalogPanel } from './pages/metadata-catalog';
import { MetadefsPage } from './pages/metadefs-page';
import { makeQcow2 } from './support/image-files';
import { Glance, uniqueName } from './support/openstack';

// Admin → Metadata definitions against the real Glance, whose shipped definitions the stack loads
// (scripts/openstack/glance-features.sh). Every change is checked through Glance's own API.

const SHOTS = process.env.IRIS_SHOTS_DIR;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** axe-clean, and no sideways scroll at 390 px; screenshots at both widths when IRIS_SHOTS_DIR is set. */
async function checkScreen(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}-1360.png`, fullPage: true });
  }
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** Glance's copy of a namespace (with `resource_type`, names prefixed as on images), or undefined on 404. */
async function glanceNamespace(glance: Glance, namespace: string, resourceType?: string) {
  const query = resourceType ? `?resource_type=${resourceType}` : '';
  const res = await glance.request('GET', `/v2/metadefs/namespaces/${encodeURIComponent(namespace)}${query}`);
  return res.status === 200 ? (res.body as Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> }) : undefined;
}

async function removeNamespace(glance: Glance, namespace: string) {
  const path = `/v2/metadefs/namespaces/${encodeURIComponent(namespace)}`;
  await glance.request('PUT', path, { namespace, protected: false });
  await glance.request('DELETE', path);
}

test("the shipped libvirt namespace: listed, protected (no delete, says why), its fields typed in the preview", async ({ adminPage }) => {
  const metadefs = new MetadefsPage(adminPage);
  await metadefs.open();
  await checkScreen(adminPage, 'metadefs-list');
  await metadefs.openNamespace('libvirt Driver Options for Images');

  const deleteSection = metadefs.section('Delete namespace');
  await expect(deleteSection.getByRole('button', { name: 'Delete namespace' })).toBeDisabled();
  await expect(deleteSection).toContainText('OS::Compute::LibvirtImage is protected, so it cannot be deleted. Edit it and untick “Protected” first.');

  await expect(metadefs.section('Properties')).toContainText('hw_disk_bus');
  await metadefs.searchPreview('disk bus');
  const diskBus = metadefs.previewField('Disk Bus');
  await expect(diskBus).toHaveRole('combobox');
  await diskBus.selectOption('scsi');
  await expect(diskBus).toHaveValue('scsi');
  await metadefs.searchPreview('random number');
  await expect(metadefs.previewField('Random Number Generator Device')).toBeVisible();
  await expect(metadefs.section('Preview in Create and Edit')).toContainText('hw_rng_model');
  await checkScreen(adminPage, 'metadefs-namespace');
});

test('admin creates, edits and deletes a namespace and its properties; Glance shows each step, and the Edit form offers them', async ({ adminPage, demoPage }) => {
  // one lifecycle of some twenty page loads, three screens checked with axe at two widths: it took
  // over the default 60 s in the full suite (run L), though every step had answered
  test.slow();
  const glance = await Glance.as('admin');
  const namespace = `Iris::E2E::${uniqueName('ns').replace(/-/g, '_')}`;
  const metadefs = new MetadefsPage(adminPage);
  try {
    await metadefs.open();
    await adminPage.getByRole('link', { name: 'Create namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'Create namespace', level: 1, exact: true })).toBeVisible();

    // refused next to the field, nothing created
    await metadefs.fillNamespaceForm({ namespace: 'has spaces/slash', displayName: 'E2E namespace' });
    await adminPage.getByRole('button', { name: 'Create namespace' }).click();
    await expect(adminPage.getByLabel('Namespace', { exact: true })).toHaveAccessibleDescription(/Use letters, digits and : \. _ - only/);
    await expect(adminPage.getByLabel('Display name')).toHaveValue('E2E namespace');
    await checkScreen(adminPage, 'metadefs-create-refused');

    await metadefs.fillNamespaceForm({ namespace, prefix: 'e2e_', visibility: 'Private', protected: true });
    await adminPage.getByRole('button', { name: 'Create namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'E2E namespace', level: 1, exact: true })).toBeVisible();
    let stored = await glanceNamespace(glance, namespace);
    expect(stored).toMatchObject({ namespace, display_name: 'E2E namespace', visibility: 'private', protected: true, resource_type_associations: [expect.objectContaining({ name: 'OS::Glance::Image', prefix: 'e2e_' })] });

    // a property: an integer with a range, refused first when the range is upside down
    await metadefs.section('Properties').getByRole('link', { name: 'Add property' }).click();
    await metadefs.fillPropertyForm({ name: 'ports', title: 'Serial ports', type: 'integer', minimum: '5', maximum: '1' });
    await adminPage.getByRole('button', { name: 'Add property' }).click();
    await expect(adminPage.getByLabel('Maximum (optional)')).toHaveAccessibleDescription('The maximum must not be below the minimum.');
    expect((await glanceNamespace(glance, namespace))?.properties ?? {}).toEqual({});
    await metadefs.fillPropertyForm({ minimum: '1', maximum: '4' });
    await adminPage.getByRole('button', { name: 'Add property' }).click();
    await expect(metadefs.section('Properties')).toContainText('Whole number from 1 to 4');
    stored = await glanceNamespace(glance, namespace);
    expect(stored?.properties?.ports).toMatchObject({ type: 'integer', title: 'Serial ports', minimum: 1, maximum: 4 });

    // a second one with choices, then edited
    await metadefs.section('Properties').getByRole('link', { name: 'Add property' }).click();
    await metadefs.fillPropertyForm({ name: 'tier', title: 'Tier', type: 'string', choices: 'gold\nsilver' });
    await adminPage.getByRole('button', { name: 'Add property' }).click();
    await expect(metadefs.section('Properties')).toContainText('One of: gold, silver');
    await metadefs.section('Properties').getByRole('link', { name: 'Edit property tier' }).click();
    await metadefs.fillPropertyForm({ title: 'Service tier', choices: 'gold\nsilver\nbronze' });
    await adminPage.getByRole('button', { name: 'Save property' }).click();
    await expect(metadefs.section('Properties')).toContainText('One of: gold, silver, bronze');
    expect((await glanceNamespace(glance, namespace))?.properties?.tier).toMatchObject({ title: 'Service tier', enum: ['gold', 'silver', 'bronze'] });

    // the preview offers both with their prefix, checked as typed
    const ports = metadefs.previewField('Serial ports');
    await metadefs.searchPreview('serial');
    await ports.fill('9');
    await expect(ports).toHaveAccessibleDescription(/Serial ports must be at most 4 \(allowed: 1 to 4\)\./);
    await expect(metadefs.section('Preview in Create and Edit')).toContainText('e2e_ports');
    await metadefs.searchPreview('');
    await expect(metadefs.previewField('Service tier')).toHaveRole('combobox');
    await checkScreen(adminPage, 'metadefs-own-namespace');

    // private to the admin's project: another project's Edit form does not offer it
    const demo = await Glance.as('demo');
    const demoImage = await demo.createImage({ name: uniqueName('metadefs-ns-edit') });
    const catalog = new MetadataCatalogPanel(demoPage);
    await demoPage.goto(`/images/${demoImage.id}/edit`);
    await catalog.search('tier');
    await expect(catalog.field('Service tier')).toHaveCount(0);

    // edit the namespace: public, renamed, still protected → no delete
    await adminPage.getByRole('link', { name: 'Edit namespace' }).click();
    await metadefs.fillNamespaceForm({ displayName: 'E2E namespace renamed', visibility: 'Public' });
    await adminPage.getByRole('button', { name: 'Save namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'E2E namespace renamed', level: 1, exact: true })).toBeVisible();
    expect(await glanceNamespace(glance, namespace)).toMatchObject({ display_name: 'E2E namespace renamed', visibility: 'public', protected: true });
    await expect(metadefs.section('Delete namespace').getByRole('button', { name: 'Delete namespace' })).toBeDisabled();
    // demo now sees it, with the prefixed property, through its own token
    expect(Object.keys((await glanceNamespace(demo, namespace, 'OS::Glance::Image'))?.properties ?? {}).sort()).toEqual(['e2e_ports', 'e2e_tier']);
    // and in its Edit form at once (the change forgot the cached catalogs), as typed fields that reach Glance
    await demoPage.reload();
    await catalog.search('tier');
    await expect(catalog.field('Service tier')).toHaveRole('combobox');
    await catalog.field('Service tier').selectOption('silver');
    await catalog.search('serial ports');
    await catalog.field('Serial ports').fill('3');
    await demoPage.getByRole('button', { name: 'Save 2 changes' }).click();
    await demoPage.waitForURL(`**/images/${demoImage.id}`);
    expect(await demo.getImage(demoImage.id)).toMatchObject({ e2e_tier: 'silver', e2e_ports: '3' });
    await demo.deleteImage(demoImage.id);

    // protected: properties can be added and edited (above) but not deleted, and the page says so
    const deleteTier = metadefs.section('Properties').getByRole('button', { name: 'Delete property tier' });
    await expect(deleteTier).toBeDisabled();
    await expect(deleteTier).toHaveAccessibleDescription(`${namespace} is protected: its properties can be added and edited, not deleted. Edit the namespace and untick “Protected” first.`);

    // unprotect, delete a property, then the namespace
    await adminPage.getByRole('link', { name: 'Edit namespace' }).click();
    await metadefs.fillNamespaceForm({ protected: false });
    await adminPage.getByRole('button', { name: 'Save namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'E2E namespace renamed', level: 1, exact: true })).toBeVisible();
    expect(await glanceNamespace(glance, namespace)).toMatchObject({ protected: false });
    await deleteTier.click();
    await adminPage.getByRole('dialog', { name: 'Delete property tier?' }).getByRole('button', { name: 'Delete property' }).click();
    await expect(metadefs.section('Properties')).not.toContainText('Service tier');
    expect(Object.keys((await glanceNamespace(glance, namespace))?.properties ?? {})).toEqual(['ports']);

    await metadefs.section('Delete namespace').getByRole('button', { name: 'Delete namespace' }).click();
    const dialog = adminPage.getByRole('dialog', { name: `Delete ${namespace}?` });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(adminPage)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'Metadata definitions', level: 1, exact: true })).toBeVisible();
    await expect(adminPage.getByRole('link', { name: 'E2E namespace renamed' })).toHaveCount(0);
    expect(await glanceNamespace(glance, namespace)).toBeUndefined();
  } finally {
    await removeNamespace(glance, namespace);
  }
});

test('a bad namespace file is refused with each field named and nothing created; a good one is imported', async ({ adminPage }) => {
  const glance = await Glance.as('admin');
  const namespace = `Iris::E2E::${uniqueName('import').replace(/-/g, '_')}`;
  const metadefs = new MetadefsPage(adminPage);
  const file = {
    namespace,
    display_name: 'E2E import',
    visibility: 'public',
    protected: false,
    resource_type_associations: [{ name: 'OS::Glance::Image', prefix: 'e2e_' }],
    properties: { bus: { title: 'Bus', type: 'strin', enum: ['a', 'b'] }, count: { type: 'integer' } },
  };
  try {
    await metadefs.open();
    await adminPage.getByRole('link', { name: 'Import namespace' }).click();
    await adminPage.getByLabel('Namespace file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) });
    await expect(adminPage.getByLabel('Namespace JSON')).toHaveValue(/"strin"/);
    await adminPage.getByRole('button', { name: 'Import namespace' }).click();
    const json = adminPage.getByLabel('Namespace JSON');
    await expect(json).toHaveAccessibleDescription(/properties\.bus\.type must be one of string, integer, number, boolean, array, object\./);
    await expect(json).toHaveAccessibleDescription(/properties\.count\.title is required \(text\)\./);
    await expect(adminPage.getByRole('alert').filter({ hasText: 'The file was not imported' })).toHaveText('The file was not imported: 2 fields need fixing.');
    expect(await glanceNamespace(glance, namespace)).toBeUndefined();
    await checkScreen(adminPage, 'metadefs-import-refused');

    // fixed in place, imported: Glance has it with both properties
    const fixed = { ...file, properties: { bus: { ...file.properties.bus, type: 'string' }, count: { title: 'Count', type: 'integer', minimum: 0 } } };
    await json.fill(JSON.stringify(fixed));
    await adminPage.getByRole('button', { name: 'Import namespace' }).click();
    await expect(adminPage.getByRole('heading', { name: 'E2E import', level: 1, exact: true })).toBeVisible();
    const stored = await glanceNamespace(glance, namespace, 'OS::Glance::Image');
    expect(Object.keys(stored?.properties ?? {}).sort()).toEqual(['e2e_bus', 'e2e_count']);
  } finally {
    await removeNamespace(glance, namespace);
  }
});

test('non-admins get no Metadata definitions: no link, a plain 404, and Glance refuses them too', async ({ demoPage }) => {
  await demoPage.goto('/images');
  await expect(demoPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  const res = await demoPage.goto('/admin/metadefs');
  expect(res?.status()).toBe(404);
  const demo = await Glance.as('demo');
  expect((await demo.request('POST', '/v2/metadefs/namespaces', { namespace: `Iris::E2E::${uniqueName('demo')}` })).status).toBe(403);
});

test("a non-admin replaying the admin's namespace delete is refused by Iris before Glance is asked", async ({ adminPage, demoPage }) => {
  const glance = await Glance.as('admin');
  const bait = `Iris::E2E::${uniqueName('bait').replace(/-/g, '_')}`;
  const victim = `Iris::E2E::${uniqueName('victim').replace(/-/g, '_')}`;
  try {
    for (const namespace of [bait, victim]) {
      const res = await glance.request('POST', '/v2/metadefs/namespaces', { namespace, visibility: 'public', protected: false, resource_type_associations: [{ name: 'OS::Glance::Image' }] });
      expect(res.status).toBe(201);
    }
    await adminPage.goto(`/admin/metadefs/${encodeURIComponent(bait)}`);
    await adminPage.getByRole('region', { name: 'Delete namespace' }).getByRole('button', { name: 'Delete namespace' }).click();
    const captured = adminPage.waitForRequest((req) => req.method() === 'POST' && !!req.headers()['next-action']);
    await adminPage.getByRole('dialog', { name: `Delete ${bait}?` }).getByRole('button', { name: 'Delete namespace' }).click();
    const request = await captured;
    await expect(adminPage.getByRole('heading', { name: 'Metadata definitions', level: 1, exact: true })).toBeVisible();
    expect(await glanceNamespace(glance, bait)).toBeUndefined();

    const headers = await request.allHeaders();
    for (const drop of ['cookie', 'host', 'content-length']) delete headers[drop];
    const body = (request.postData() ?? '').replaceAll(bait, victim);
    expect(body).toContain(victim);
    const answer = await (await demoPage.request.post(request.url(), { headers, data: body })).text();
    // Iris's own refusal (Glance's would read "Not allowed: …")
    expect(answer).toContain('Only cloud administrators can do this');
    expect(await glanceNamespace(glance, victim)).toMatchObject({ namespace: victim });
  } finally {
    await removeNamespace(glance, bait);
    await removeNamespace(glance, victim);
  }
});

const DISK_BUS_REFUSAL = 'Disk Bus must be one of: scsi, virtio, uml, xen, ide, usb, fdc, sata, lxc.';
const SERIAL_REFUSAL = 'Serial Port Count must be at least 0.';
const CONFLICT = (key: string) => `${key} is also set in the metadata catalog. Keep one: remove this row or clear the catalog’s field.`;

test.describe('Create and Edit check catalog-typed properties before Glance is asked', () => {
  test.describe.configure({ timeout: 120_000 });
  let dir: string;
  const created: string[] = [];
  test.beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'iris-metadefs-'));
  });
  test.afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const glance = await Glance.as('demo');
    for (const id of created) await glance.deleteImage(id);
  });

  test('Create: a non-enum hw_disk_bus is refused next to its row and nothing is created; scsi and hw_rng_model reach Glance', async ({ demoPage }) => {
    const glance = await Glance.as('demo');
    const name = uniqueName('metadefs-create');
    const create = new CreateImagePage(demoPage);
    await create.goto();
    await create.chooseFile(makeQcow2(dir, 'catalog.qcow2'));
    await create.name.fill(name);
    await create.setProperty(0, 'hw_disk_bus', 'floppy');
    await create.setProperty(1, 'hw_rng_model', 'virtio');
    await create.submit();
    await expect(create.fieldError('property-0-value')).toHaveText(DISK_BUS_REFUSAL);
    await expect(demoPage.getByLabel('Property 1 value')).toHaveValue('floppy');
    expect(await glance.findByName(name)).toEqual([]);

    await demoPage.getByLabel('Property 1 value').fill('scsi');
    await create.submit();
    await expect(create.status).toHaveText('active', { timeout: 60_000 });
    const [image] = await glance.findByName(name);
    created.push(image!.id);
    expect(image).toMatchObject({ hw_disk_bus: 'scsi', hw_rng_model: 'virtio' });
  });

  test('Create through the typed fields: refused values stay in the browser, a draft keeps them, Glance gets scsi, the RNG model and a port count', async ({ demoPage }) => {
    const glance = await Glance.as('demo');
    const name = uniqueName('metadefs-typed');
    const create = new CreateImagePage(demoPage);
    const catalog = new MetadataCatalogPanel(demoPage);
    const posts: string[] = [];
    demoPage.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await create.goto();
    await create.chooseFile(makeQcow2(dir, 'typed.qcow2'));
    await create.name.fill(name);
    await catalog.search('disk bus');
    await expect(catalog.field('Disk Bus')).toHaveRole('combobox');
    await catalog.field('Disk Bus').selectOption('scsi');
    await catalog.search('rng');
    await catalog.field('Random Number Generator Device').fill('virtio');
    await catalog.search('serial port');
    const ports = catalog.field('Serial Port Count');
    await ports.fill('-1');
    await expect(ports).toHaveAccessibleDescription(new RegExp(SERIAL_REFUSAL));
    // the same key in a free row as well: refused next to the row
    await create.setProperty(0, 'hw_disk_bus', 'ide');
    await expect(demoPage.getByLabel('Property 1 key', { exact: true })).toHaveAccessibleDescription(CONFLICT('hw_disk_bus'));
    await create.submit();
    await expect(demoPage.locator('[aria-invalid="true"]').first()).toBeFocused();
    expect(posts, 'nothing was sent').toEqual([]);
    expect(await glance.findByName(name)).toEqual([]);
    await catalog.search('');
    await checkScreen(demoPage, 'create-catalog');

    await demoPage.getByRole('button', { name: 'Remove property hw_disk_bus' }).click();
    await catalog.search('serial port');
    await ports.fill('2');
    await expect(ports).not.toHaveAttribute('aria-invalid', 'true');
    // a reload (as after signing in again) puts the typed values back
    await demoPage.reload();
    await expect(demoPage.getByText('We put back what you typed here earlier.')).toBeVisible();
    await catalog.search('disk bus');
    await expect(catalog.field('Disk Bus')).toHaveValue('scsi');
    await catalog.search('serial port');
    await expect(catalog.field('Serial Port Count')).toHaveValue('2');
    await catalog.search('rng');
    await expect(catalog.field('Random Number Generator Device')).toHaveValue('virtio');
    await create.chooseFile(makeQcow2(dir, 'typed.qcow2'));
    await create.submit();
    await expect(create.status).toHaveText('active', { timeout: 60_000 });
    const [image] = await glance.findByName(name);
    created.push(image!.id);
    expect(image).toMatchObject({ hw_disk_bus: 'scsi', hw_rng_model: 'virtio', hw_serial_port_count: '2' });
  });

  test('Edit: non-enum and out-of-range values are refused next to their fields and nothing changes; valid ones are saved', async ({ demoPage }) => {
    const glance = await Glance.as('demo');
    const image = await glance.createImage({ name: uniqueName('metadefs-edit'), hw_disk_bus: 'virtio', note: 'free' });
    created.push(image.id);
    await demoPage.goto(`/images/${image.id}/edit`);
    const catalog = new MetadataCatalogPanel(demoPage);
    const value = (n: number, key: string) => demoPage.getByLabel(`Property ${n} value (${key})`, { exact: true });
    // the image's hw_disk_bus is in its typed field (its namespace open), not in a free row too
    const diskBus = catalog.field('Disk Bus');
    await expect(diskBus).toHaveValue('virtio');
    await expect(diskBus).toBeVisible();
    await expect(demoPage.getByRole('list', { name: 'Custom properties' }).getByRole('listitem')).toHaveCount(1);
    await expect(value(1, 'note')).toHaveValue('free');

    // a free row for a key the catalog sets: refused next to the row; cleared in the catalog, the row's value is checked
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    await demoPage.getByLabel('Property 2 key', { exact: true }).fill('hw_disk_bus');
    await value(2, 'hw_disk_bus').fill('floppy');
    await expect(demoPage.getByLabel('Property 2 key', { exact: true })).toHaveAccessibleDescription(CONFLICT('hw_disk_bus'));
    await diskBus.selectOption('');
    await expect(diskBus, 'its group stays open when its value is cleared').toBeVisible();
    await catalog.search('serial port');
    await catalog.field('Serial Port Count').fill('-1');
    await demoPage.getByRole('button', { name: /^Fix 2 fields to save$/ }).click();
    await expect(value(2, 'hw_disk_bus')).toHaveAccessibleDescription(DISK_BUS_REFUSAL);
    await expect(catalog.field('Serial Port Count')).toHaveAccessibleDescription(new RegExp(SERIAL_REFUSAL));
    const unchanged = (await glance.getImage(image.id))!;
    expect(unchanged.hw_disk_bus).toBe('virtio');
    expect(unchanged).not.toHaveProperty('hw_serial_port_count');
    expect(unchanged).not.toHaveProperty('hw_rng_model');
    await catalog.search('');
    await checkScreen(demoPage, 'edit-catalog');

    await demoPage.getByRole('button', { name: 'Remove property hw_disk_bus' }).click();
    await catalog.search('disk bus');
    await catalog.field('Disk Bus').selectOption('scsi');
    await catalog.search('serial port');
    await catalog.field('Serial Port Count').fill('2');
    await catalog.search('random number');
    await catalog.field('Random Number Generator Device').fill('virtio');
    await demoPage.getByRole('button', { name: /^Save \d+ changes?$/ }).click();
    await demoPage.waitForURL(`**/images/${image.id}`);
    expect(await glance.getImage(image.id)).toMatchObject({ hw_disk_bus: 'scsi', hw_serial_port_count: '2', hw_rng_model: 'virtio', note: 'free' });
  });
});
