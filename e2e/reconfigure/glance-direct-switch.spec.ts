import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { CreateImagePage } from '../pages/create-image-page';
import { digestOf, makeQcow2, rawDigestsOf } from '../support/image-files';
import { allImportMethods, enableGlanceImportMethods } from '../support/glance-import-methods';
import { Glance, uniqueName } from '../support/openstack';

// Issue 18: where glance-direct is disabled in Glance's own config, Iris's upload falls back to the plain PUT.
// This switches RegionOne's Glance (not a second Glance configured without it, as region-import.spec.ts does):
// off, then on again. It restarts a Glance every spec uses: the `reconfigure` project runs it alone. Iris
// reads /v2/info/import afresh for every Create page (lib/data/create-options.ts keeps no cache), so the
// page opened after a switch already sees it.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const withoutGlanceDirect = allImportMethods.filter((method) => method !== 'glance-direct');
let dir: string;
let demo: Glance;
const created: string[] = [];

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-switch-e2e-'));
  demo = await Glance.as('demo');
});

test.afterAll(async () => {
  // whatever happened above, the next spec finds Glance as ensure.sh left it
  await enableGlanceImportMethods('all');
  for (const id of created.splice(0)) await demo.deleteImage(id);
  rmSync(dir, { recursive: true, force: true });
});

async function offeredImportMethods(): Promise<string[]> {
  return ((await demo.request('GET', '/v2/info/import')).body as { 'import-methods': { value: string[] } })['import-methods'].value;
}

async function importTasksOf(id: string): Promise<unknown[]> {
  return ((await demo.request('GET', `/v2/images/${id}/tasks`)).body as { tasks: unknown[] }).tasks;
}

/** Create a qcow2 image on Iris's Create page with `file`, as a person would, and wait until Glance calls it active. */
async function createAndUpload(create: CreateImagePage, file: string, name: string) {
  await create.goto();
  await create.chooseFile(file);
  await expect(create.diskFormat).toHaveValue('qcow2');
  await create.name.fill(name);
  await create.submit();
  await expect(create.status).toHaveText('active', { timeout: 90_000 });
  const [image] = await demo.findByName(name);
  expect(image, `Glance has an image named ${name}`).toBeDefined();
  created.push(image!.id);
  return image!;
}

test('glance-direct switched off in Glance’s config: the upload goes through the plain PUT, unconverted', async ({ demoPage }) => {
  await enableGlanceImportMethods(withoutGlanceDirect);
  expect((await offeredImportMethods()).sort()).toEqual([...withoutGlanceDirect].sort());

  const file = makeQcow2(dir, 'put.qcow2', 1, '64M');
  const create = new CreateImagePage(demoPage);
  const image = await createAndUpload(create, file, uniqueName('switch-put'));

  // on screen: no staging, no import phases, the browser's checksum matches Glance's
  await expect(demoPage.getByTestId('upload-done')).not.toContainText('staging');
  await expect(demoPage.getByRole('list', { name: 'Import phases' })).toHaveCount(0);
  await expect(create.checksumRow('MD5').verdict).toHaveText('✓ Match');

  // in Glance: the file as sent (no import plugin ran), and no import task
  expect(image).toMatchObject({
    status: 'active',
    disk_format: 'qcow2',
    checksum: digestOf('md5sum', file),
    os_hash_algo: 'sha512',
    os_hash_value: digestOf('sha512sum', file),
  });
  expect(image).not.toHaveProperty('imported_via');
  expect(await importTasksOf(image.id)).toEqual([]);
});

test('glance-direct switched back on: the same upload is staged, imported and converted to raw, each phase on screen', async ({ demoPage }) => {
  await enableGlanceImportMethods('all');
  expect((await offeredImportMethods()).sort()).toEqual([...allImportMethods].sort());

  const file = makeQcow2(dir, 'direct.qcow2', 1, '64M');
  const raw = rawDigestsOf(file);
  const create = new CreateImagePage(demoPage);
  const image = await createAndUpload(create, file, uniqueName('switch-direct'));

  await expect(demoPage.getByTestId('upload-done')).toContainText('to Glance’s staging area');
  await expect(demoPage.getByRole('list', { name: 'Import phases' }).getByRole('listitem')).toHaveText([
    /Uploading: done/,
    /Importing: done/,
    /Converting: done\s*qcow2 → raw/,
    /Active: done/,
  ]);

  expect(image).toMatchObject({ status: 'active', disk_format: 'raw', checksum: raw.md5, os_hash_value: raw.sha512, imported_via: 'glance-import' });
  expect(await importTasksOf(image.id)).toHaveLength(1);
});
