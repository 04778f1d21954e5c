import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { ImageDetailsPage } from './pages/image-details-page';
import { seriousViolations } from './support/axe';
import { makeRaw } from './support/image-files';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

// The local stack's two file stores (scripts/openstack/glance-features.sh): `local` (the default)
// and `archive`. Copy-image and removing a store's copy are admin-only in Glance's default policy.
const STATE = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const ARCHIVE_DIR = path.join(STATE, 'glance', 'archive');

test.describe.configure({ timeout: 120_000 });

let dir: string;
let demo: Glance;
let admin: Glance;
const created: string[] = [];
const createdNames = new Set<string>();

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-stores-e2e-'));
  demo = await Glance.as('demo');
  admin = await Glance.as('admin');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
test.afterEach(async () => {
  for (const id of created.splice(0)) {
    rmSync(path.join(ARCHIVE_DIR, id), { force: true });
    await demo.deleteImage(id);
  }
  for (const name of createdNames) for (const image of await demo.findByName(name)) await demo.deleteImage(image.id);
  createdNames.clear();
});

/** An active demo image whose data is in the default store only. */
async function demoImage(): Promise<GlanceImage> {
  const image = await demo.createImage({ name: uniqueName('stores') });
  created.push(image.id);
  await demo.upload(image.id, new Uint8Array(256 * 1024).fill(7));
  return (await demo.getImage(image.id))!;
}

const storesOf = async (id: string) => ((await admin.getImage(id))?.stores as string | undefined)?.split(',').sort().join(',');

function storeRow(page: Page, store: string) {
  return new ImageDetailsPage(page).section('Stores').getByRole('list', { name: 'Stores' }).getByRole('listitem').filter({ hasText: new RegExp(`^${store}`) });
}

async function openCopyDialog(page: Page) {
  await new ImageDetailsPage(page).section('Stores').getByRole('button', { name: 'Copy to more stores' }).click();
  const dialog = page.getByRole('dialog', { name: /^Copy “.*” to more stores$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Create offers the cloud’s stores (default preselected, described); the upload lands in the chosen one', async ({ demoPage }, testInfo) => {
  const name = uniqueName('store-upload');
  createdNames.add(name);
  const create = new CreateImagePage(demoPage);
  await create.goto();
  const stores = demoPage.getByRole('radiogroup', { name: 'Store' });
  await expect(stores.getByRole('radio')).toHaveCount(2);
  await expect(stores.getByRole('radio', { name: /^local \(default\)/ })).toBeChecked();
  await expect(stores).toContainText('Second file store (Iris dev)');
  await create.chooseFile(makeRaw(dir, 'disk.raw', 2));
  await create.name.fill(name);
  await stores.getByRole('radio', { name: /^archive/ }).check();
  for (const width of [390, 1360]) {
    await demoPage.setViewportSize({ width, height: 900 });
    expect(await demoPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await stores.screenshot({ path: testInfo.outputPath(`create-store-${width}.png`) });
  }
  expect(await seriousViolations(demoPage)).toEqual([]);
  await create.submit();

  await expect(demoPage.getByTestId('upload-done')).toBeVisible({ timeout: 60_000 });
  await expect(create.status).toHaveText('active');
  const [image] = await demo.findByName(name);
  expect(image).toMatchObject({ status: 'active', stores: 'archive' });
  created.push(image!.id);
});

test('an admin copies an image to the second store (both listed, live), then removes it from one (Glance keeps one)', async ({ adminPage }, testInfo) => {
  const image = await demoImage();
  const details = new ImageDetailsPage(adminPage);
  await details.goto(image.id);
  await expect(storeRow(adminPage, 'local')).toContainText('Has the data');
  await expect(storeRow(adminPage, 'archive')).toContainText('Not here');

  const dialog = await openCopyDialog(adminPage);
  await expect(dialog.getByRole('checkbox', { name: /^local/ })).toBeDisabled();
  await expect(dialog.getByRole('checkbox', { name: 'All stores must succeed' })).toBeChecked();
  await expect(dialog).toContainText('if the copy to any store fails, Glance undoes the copies of this request');
  expect(await seriousViolations(adminPage)).toEqual([]);
  await dialog.getByRole('checkbox', { name: /^archive/ }).check();
  await dialog.getByRole('button', { name: 'Start copy' }).click();
  await expect(details.toast('Copying to archive started.')).toBeVisible();
  // no reload: the card follows Glance until the copy ends
  await expect(storeRow(adminPage, 'archive')).toContainText('Has the data');
  await expect(storeRow(adminPage, 'local')).toContainText('Has the data');
  expect(await storesOf(image.id)).toBe('archive,local');
  await expect(details.section('Stores').getByRole('button', { name: 'Copy to more stores' })).toHaveCount(0);
  for (const width of [390, 1360]) {
    await adminPage.setViewportSize({ width, height: 900 });
    expect(await adminPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await details.section('Stores').screenshot({ path: testInfo.outputPath(`stores-card-${width}.png`) });
  }

  await storeRow(adminPage, 'local').getByRole('button', { name: 'Remove from local' }).click();
  const confirm = adminPage.getByRole('dialog', { name: /^Remove “.*” from store local\?$/ });
  await expect(confirm).toContainText('The image itself stays, with its data in its other stores.');
  await expect(confirm.getByTestId('cli-command')).toContainText(`glance stores-delete --store local ${image.id}`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await storesOf(image.id)).toBe('archive,local');
  await storeRow(adminPage, 'local').getByRole('button', { name: 'Remove from local' }).click();
  await confirm.getByRole('button', { name: 'Remove from store' }).click();
  await expect(details.toast('Removed from store local.')).toBeVisible();
  await expect(storeRow(adminPage, 'local')).toContainText('Not here');
  expect(await storesOf(image.id)).toBe('archive');
  // the last copy cannot be removed: no button, the image's own Delete is the way
  await expect(storeRow(adminPage, 'archive').getByRole('button', { name: /^Remove/ })).toHaveCount(0);
});

test('a failed copy shows Glance’s reason and a Retry that finishes it', async ({ adminPage }) => {
  const image = await demoImage();
  // A real failure that touches no other image: a leftover file where the copy must write
  // (glance_store's file driver refuses with Duplicate; the task fails, the image stays usable).
  const blocker = path.join(ARCHIVE_DIR, image.id);
  writeFileSync(blocker, 'leftover');
  const details = new ImageDetailsPage(adminPage);
  await details.goto(image.id);
  const dialog = await openCopyDialog(adminPage);
  await dialog.getByRole('checkbox', { name: /^archive/ }).check();
  await dialog.getByRole('button', { name: 'Start copy' }).click();

  const failure = details.section('Stores').getByRole('alert').filter({ hasText: 'Copy to archive failed' });
  await expect(failure).toContainText('Glance says: Task failed due to Internal Error');
  await expect(storeRow(adminPage, 'archive')).toContainText('Copy failed');
  await expect.poll(async () => (await admin.getImage(image.id))?.os_glance_failed_import).toBe('archive');
  expect(await storesOf(image.id)).toBe('local');
  // the page-level import alert (for failed uploads) stays out of it: the image is active
  await expect(adminPage.getByRole('alert').filter({ hasText: 'Import failed for store' })).toHaveCount(0);

  rmSync(blocker);
  await failure.getByRole('button', { name: 'Retry copy' }).click();
  await expect(storeRow(adminPage, 'archive')).toContainText('Has the data');
  await expect(failure).toHaveCount(0);
  expect(await storesOf(image.id)).toBe('archive,local');
});

test.describe('bad input: refused with a clear message, nothing changed in Glance', () => {
  /**
   * Post `value` as a copy target whatever the dialog offers (a forged request): set on the store
   * `offered`'s checkbox (enabled and checked) inside the submit event, after React's last render,
   * which would put the offered value back.
   */
  async function forgeCopyTarget(page: Page, offered: string, value: string) {
    const dialog = await openCopyDialog(page);
    await dialog.locator('form').evaluate(
      (form, { offered, value }) => {
        form.addEventListener(
          'submit',
          () => {
            const input = form.querySelector<HTMLInputElement>(`input[name="copy_store"][value="${offered}"]`)!;
            Object.assign(input, { disabled: false, checked: true, value });
          },
          { capture: true },
        );
      },
      { offered, value },
    );
    await dialog.getByRole('button', { name: 'Start copy' }).click();
    return dialog;
  }

  const tasksOf = async (id: string) => ((await admin.request('GET', `/v2/images/${id}/tasks`)).body as { tasks: unknown[] }).tasks.length;

  const copyCases = [
    { title: 'a store the image is already in', offered: 'local', value: 'local', message: 'The image is already in “local”: choose a store it is not in yet.' },
    { title: 'a store this cloud does not have', offered: 'archive', value: 'nowhere', message: 'This cloud has no store “nowhere”. Choose one of: local, archive.' },
  ];
  for (const bad of copyCases) {
    test(`copying to ${bad.title}`, async ({ adminPage }) => {
      const image = await demoImage();
      await new ImageDetailsPage(adminPage).goto(image.id);
      await forgeCopyTarget(adminPage, bad.offered, bad.value);
      await expect(new ImageDetailsPage(adminPage).toast(bad.message)).toBeVisible();
      expect(await storesOf(image.id)).toBe('local');
      expect(await tasksOf(image.id)).toBe(0);
    });
  }

  test('an upload naming an unknown store is refused before a byte reaches Glance', async ({ demoPage, baseURL }) => {
    const image = await demo.createImage({ name: uniqueName('store-route') });
    created.push(image.id);
    await demoPage.goto('/images/create');
    const answer = await demoPage.request.put(`/api/uploads/${image.id}?store=nowhere`, {
      headers: { origin: new URL(baseURL!).origin, 'content-type': 'application/octet-stream' },
      data: Buffer.alloc(16, 1),
    });
    expect(answer.status()).toBe(400);
    expect((await answer.json()).error.message).toBe('This cloud has no store “nowhere”. Choose one of: local, archive.');
    expect((await demo.getImage(image.id))?.status).toBe('queued');
  });

  test('a member sees the stores but no copy or remove controls', async ({ demoPage }) => {
    const image = await demoImage();
    await new ImageDetailsPage(demoPage).goto(image.id);
    await expect(storeRow(demoPage, 'local')).toContainText('Has the data');
    await expect(new ImageDetailsPage(demoPage).section('Stores')).toContainText('done by cloud administrators');
    await expect(demoPage.getByRole('button', { name: 'Copy to more stores' })).toHaveCount(0);
  });
});
