import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminPage } from './pages/admin-page';
import { CreateImagePage } from './pages/create-image-page';
import { ImagesPage } from './pages/images-page';
import { stack } from './support/env';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

// Each story spans several browsers and Glance checks; the shared 2-core machine is often loaded.
test.describe.configure({ timeout: 180_000 });

const BYTES = new Uint8Array(64 * 1024).map((_, i) => i % 251);
const created: string[] = [];

test.afterEach(async () => {
  const admin = await Glance.as('admin');
  for (const id of created.splice(0)) await admin.deleteImage(id);
});

async function make(user: 'demo' | 'alt' | 'curator', name: string, fields: Record<string, unknown> = {}, upload = true): Promise<GlanceImage> {
  const glance = await Glance.as(user);
  const image = await glance.createImage({ name, visibility: 'private', ...fields });
  created.push(image.id);
  if (upload) await glance.upload(image.id, BYTES);
  return image;
}

/** Names in a listing, the way the Official tab asks Glance (public + owned by the curator project). */
async function listNames(viewer: Glance, query: string): Promise<string[]> {
  const res = await viewer.request('GET', `/v2/images?${query}`);
  expect(res.status).toBe(200);
  return (res.body as { images: GlanceImage[] }).images.map((image) => image.name);
}
const officialQuery = (name: string) => `visibility=public&owner=${stack.projects.official}&name=${encodeURIComponent(name)}`;
const defaultQuery = (name: string) => `name=${encodeURIComponent(name)}`;

test('curator upload is published as Official by admin, seen by demo and alt, then retired and restored', async ({ adminPage, demoPage, altPage, curatorPage }) => {
  const name = uniqueName('official');
  const officialTab = (page: Page) => new ImagesPage(page).goto(`?tab=official&q=${encodeURIComponent(name)}`);
  // curator uploads through Iris's own Create Image page, into its project images-official
  const dir = mkdtempSync(join(tmpdir(), 'iris-official-'));
  const file = join(dir, `${name}.raw`);
  writeFileSync(file, BYTES);
  const create = new CreateImagePage(curatorPage);
  await create.goto();
  await expect(curatorPage.getByText('A new image in project images-official')).toBeVisible();
  await create.chooseFile(file);
  await create.name.fill(name);
  await create.diskFormat.selectOption('raw');
  await create.submit();
  await expect(create.status).toHaveText('active', { timeout: 60_000 });
  rmSync(dir, { recursive: true, force: true });
  const [admin, demo, alt, curator] = await Promise.all([Glance.as('admin'), Glance.as('demo'), Glance.as('alt'), Glance.as('curator')]);
  const image = (await curator.findByName(name))[0]!;
  created.push(image.id);
  expect(image).toMatchObject({ owner: stack.projects.official, visibility: 'private', status: 'active' });
  for (const viewer of [demo, alt]) expect(await listNames(viewer, officialQuery(name))).toEqual([]);

  const ui = new AdminPage(adminPage);
  await ui.goto();
  const queued = ui.queueItem(name);
  await expect(queued.getByRole('list', { name: 'Review checks' })).toContainText('Active, with data uploaded: passed');
  const publish = await ui.openCurate(name, 'Review and publish');
  await expect(publish).toContainText('Owned by project images-official');
  await expect(publish.getByRole('radio', { name: 'Publish as Official' })).toBeChecked();
  await ui.confirm(publish, 'Publish as Official');
  await expect(adminPage.getByText(`“${name}” is now an Official image.`)).toBeVisible();
  await expect(queued).toBeHidden();

  expect(await admin.getImage(image.id)).toMatchObject({ visibility: 'public', owner: stack.projects.official, os_hidden: false });
  for (const viewer of [demo, alt]) {
    expect(await listNames(viewer, officialQuery(name))).toEqual([name]);
    expect(await listNames(viewer, defaultQuery(name))).toEqual([name]);
  }
  // and in Iris itself: the Official tab of both projects lists it
  for (const page of [demoPage, altPage]) {
    await officialTab(page);
    await expect(new ImagesPage(page).row(name)).toBeVisible();
  }

  await ui.filterByName(name);
  await expect(ui.rows(name)).toContainText('Official');
  const retire = await ui.openCurate(name);
  await ui.choose(retire, 'Retire: hide from lists');
  await expect(retire).toContainText('Instances may depend on this image');
  await ui.confirm(retire, 'Hide image');
  await expect(adminPage.getByText(`“${name}” is hidden from image lists.`)).toBeVisible();
  await expect(ui.rows(name)).toHaveCount(0);

  expect(await admin.getImage(image.id)).toMatchObject({ visibility: 'public', os_hidden: true });
  for (const viewer of [demo, alt]) {
    expect(await listNames(viewer, officialQuery(name))).toEqual([]);
    expect(await listNames(viewer, defaultQuery(name))).toEqual([]);
    expect((await viewer.getImage(image.id))?.id, 'still bootable by ID').toBe(image.id);
  }
  for (const page of [demoPage, altPage]) {
    await officialTab(page);
    await expect(new ImagesPage(page).row(name)).toHaveCount(0);
  }

  await ui.filter('Listing', 'Hidden (retired) only');
  await adminPage.waitForURL((url) => url.searchParams.get('hidden') === 'hidden');
  await expect(ui.rows(name)).toContainText('Hidden');
  const restore = await ui.openCurate(name);
  await expect(restore.getByRole('radio', { name: 'Restore to lists' })).toBeChecked();
  await ui.confirm(restore, 'Restore to lists');
  await expect(ui.rows(name)).toHaveCount(0);
  expect(await listNames(demo, officialQuery(name))).toEqual([name]);
});

test('a curator upload without data cannot be published as Official', async ({ adminPage }) => {
  const name = uniqueName('queued');
  await make('curator', name, {}, false);
  const ui = new AdminPage(adminPage);
  await ui.goto();
  await expect(ui.queueItem(name).getByRole('list', { name: 'Review checks' })).toContainText('Active, with data uploaded: failed, blocks publishing');
  const dialog = await ui.openCurate(name, 'Review and publish');
  await expect(dialog.getByRole('radio', { name: 'Publish as Official' })).toBeDisabled();
  await expect(dialog).toContainText('It is queued: only active images with data can become Official.');
});

test('admin filters all images by owner project and sees totals per project', async ({ adminPage }) => {
  const name = uniqueName('owners');
  const [fromDemo, fromAlt] = await Promise.all([make('demo', name), make('alt', name)]);
  const ui = new AdminPage(adminPage);
  await ui.goto();
  await ui.filterByName(name);
  await expect(ui.rows(name)).toHaveCount(2);

  await ui.filter('Owner project', 'demo');
  await adminPage.waitForURL((url) => url.searchParams.get('owner') === stack.projects.demo);
  await expect(ui.rows(name)).toHaveCount(1);
  await expect(ui.rows(name)).toContainText(fromDemo.id);
  await expect(ui.rows(name).getByRole('cell').nth(1)).toHaveText('demo');

  await ui.filter('Owner project', 'alt');
  await adminPage.waitForURL((url) => url.searchParams.get('owner') === stack.projects.alt);
  await expect(ui.rows(name)).toHaveCount(1);
  await expect(ui.rows(name)).toContainText(fromAlt.id);

  await ui.filter('Visibility', 'public');
  await expect(adminPage.getByText('No images match these filters')).toBeVisible();

  const demoTotals = ui.totals().getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: 'demo', exact: true }) });
  await expect(demoTotals).toHaveCount(1);
  const count = Number(await demoTotals.getByRole('cell').first().textContent());
  expect(count).toBeGreaterThanOrEqual(1);
});

test('admin promotes another project’s image to Official after a confirmation naming that project', async ({ adminPage }) => {
  const name = uniqueName('promote');
  const image = await make('demo', name);
  const ui = new AdminPage(adminPage);
  await ui.goto();
  await ui.filterByName(name);
  const dialog = await ui.openCurate(name);
  await expect(dialog).toContainText('This image belongs to project demo');
  await ui.choose(dialog, 'Promote to Official');
  await expect(dialog).toContainText('Project demo will no longer own it');
  await ui.confirm(dialog, 'Promote to Official');
  await expect(ui.rows(name)).toContainText('images-official');
  await expect(ui.rows(name)).toContainText('Official');

  const demo = await Glance.as('demo');
  expect(await demo.getImage(image.id)).toMatchObject({ owner: stack.projects.official, visibility: 'public' });
  expect(await listNames(demo, officialQuery(name))).toEqual([name]);
});

/** The first server-action POST the page sends while `act` runs. */
async function captureAction(page: import('@playwright/test').Page, act: () => Promise<void>): Promise<Request> {
  const request = page.waitForRequest((req) => req.method() === 'POST' && !!req.headers()['next-action']);
  await act();
  return request;
}

test('non-admins get no admin navigation and no admin page', async ({ adminPage, demoPage, curatorPage }) => {
  for (const page of [demoPage, curatorPage]) {
    await page.goto('/images');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
    const res = await page.goto('/admin/images');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'All images' })).toHaveCount(0);
  }
  await adminPage.goto('/images');
  await expect(adminPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toBeVisible();
});

test('forged admin actions from a non-admin session answer an error and change nothing', async ({ adminPage, demoPage }) => {
  // Capture the real requests the admin's browser sends for "Make public" and "Hide image".
  const name = uniqueName('forge-src');
  const source = await make('alt', name);
  const ui = new AdminPage(adminPage);
  await ui.goto();
  await ui.filterByName(name);
  let dialog = await ui.openCurate(name);
  await ui.choose(dialog, 'Make public');
  const publishRequest = await captureAction(adminPage, () => ui.confirm(dialog, 'Make public'));
  dialog = await ui.openCurate(name);
  await ui.choose(dialog, 'Retire: hide from lists');
  const hideRequest = await captureAction(adminPage, () => ui.confirm(dialog, 'Hide image'));
  expect(await (await Glance.as('admin')).getImage(source.id)).toMatchObject({ visibility: 'public', os_hidden: true });

  // Replay both as demo, aimed at demo's own private image. Glance itself would let demo hide
  // it, so only Iris's admin check stands in the way of the second one.
  const target = await make('demo', uniqueName('forge-target'));
  const answers: string[] = [];
  for (const captured of [publishRequest, hideRequest]) {
    const headers = await captured.allHeaders();
    for (const drop of ['cookie', 'host', 'content-length']) delete headers[drop];
    const body = (captured.postData() ?? '').replaceAll(source.id, target.id);
    expect(body).toContain(target.id);
    answers.push(await (await demoPage.request.post(captured.url(), { headers, data: body })).text());
  }
  const demo = await Glance.as('demo');
  expect(await demo.getImage(target.id)).toMatchObject({ visibility: 'private', os_hidden: false, owner: stack.projects.demo });
  for (const answer of answers) expect(answer).toContain('Only cloud administrators can do this');

  // The second layer: Glance refuses to publicize for a non-admin token, whatever Iris does.
  const direct = await demo.request(
    'PATCH',
    `/v2/images/${target.id}`,
    [{ op: 'replace', path: '/visibility', value: 'public' }],
    'application/openstack-images-v2.1-json-patch',
  );
  expect(direct.status).toBe(403);
  expect((await demo.getImage(target.id))?.visibility).toBe('private');
});

test('admin page has no serious accessibility violations, curate dialog open', async ({ adminPage }) => {
  test.slow(); // two axe scans of a long page
  const name = uniqueName('a11y');
  await make('curator', name);
  const ui = new AdminPage(adminPage);
  await ui.goto();
  await expect(ui.totals()).toBeVisible();
  const scan = async (include?: string) => {
    const axe = new AxeBuilder({ page: adminPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    const { violations } = await (include ? axe.include(include) : axe).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await scan()).toEqual([]);
  await ui.openCurate(name, 'Review and publish');
  expect(await scan('dialog[open]')).toEqual([]);
});
