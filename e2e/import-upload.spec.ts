import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { FederatedLoginPage } from './pages/login-page';
import { seriousViolations } from './support/axe';
import { digestOf, makeRaw } from './support/image-files';
import { IrisServer } from './support/iris-server';
import { glanceRegionTwoUrl, glanceStagingDir, irisPort, quotaLab, stack, users } from './support/env';
import { Glance, passwordToken, uniqueName, type GlanceImage } from './support/openstack';

// Issue 18, Iris's side of the import pipeline: glance-direct with its phases (and conversion to
// raw), the plain PUT where a Glance does not offer it (RegionTwo), and quota-lab's unified limits
// (usage shown, an oversize upload refused before a byte is sent, Glance's own 413, a quota of zero).
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const MiB = 1024 ** 2;
let dir: string;
let demo: Glance;
let quota: Glance;
const created: { glance: Glance; id: string }[] = [];
/** Two more Iris servers of the same build: the usage cache off (every page asks Glance), and a long one (a usage answer that goes stale). */
let fresh: IrisServer;
let stale: IrisServer;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-import-e2e-'));
  demo = await Glance.as('demo');
  quota = new Glance(await passwordToken(quotaLab.username, quotaLab.password, quotaLab.project));
  const regions = { AVAILABLE_REGIONS: `RegionOne=${stack.keystoneUrl}#RegionOne, RegionTwo=${stack.keystoneUrl}#RegionTwo` };
  [fresh, stale] = await Promise.all([
    new IrisServer(irisPort + 71, { ...regions, USAGE_CACHE_SECONDS: '0' }).start(),
    new IrisServer(irisPort + 72, { ...regions, USAGE_CACHE_SECONDS: '600' }).start(),
  ]);
});

test.afterAll(async () => {
  await Promise.all([fresh?.stop(), stale?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

test.afterEach(async () => {
  for (const { glance, id } of created.splice(0)) await glance.deleteImage(id);
});

/** A small qcow2 (64 MiB virtual, 1 MiB of data) and the md5 of its raw conversion, which Glance's image_conversion stores. */
function qcow2WithRawDigest(name: string): { file: string; rawMd5: string } {
  const file = path.join(dir, name);
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', file, '64M']);
  execFileSync('qemu-io', ['-c', 'write -P 0x5a 0 1M', file], { stdio: 'ignore' });
  const raw = `${file}.raw`;
  execFileSync('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', file, raw]);
  return { file, rawMd5: digestOf('md5sum', raw) };
}

async function signIn(browser: Browser, iris: IrisServer, user: { username: string; password: string }, cloud = 'RegionOne'): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: iris.url })).newPage();
  const login = new FederatedLoginPage(page);
  await login.goto();
  await login.chooseCloud(cloud);
  await login.signIn(user);
  await page.waitForURL('**/images');
  return page;
}

async function usageOf(glance: Glance) {
  const res = await glance.request('GET', '/v2/info/usage');
  return (res.body as { usage: Record<string, { usage: number; limit: number }> }).usage;
}

async function quotaLabImages(): Promise<GlanceImage[]> {
  return ((await quota.request('GET', '/v2/images?owner=' + quotaLab.projectId)).body as { images: GlanceImage[] }).images;
}

/** Staged files of quota-lab's images: glance-direct's staging area holds one file per image ID. */
async function stagedFilesOfQuotaLab(): Promise<string[]> {
  const ids = new Set((await quotaLabImages()).map((image) => image.id));
  return readdirSync(glanceStagingDir).filter((file) => ids.has(file));
}

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1360, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1360, height: 900 });
}

test('a qcow2 uploaded via glance-direct ends active as raw, with each phase on screen and the staged size checked', async ({ demoPage }, testInfo) => {
  const { file, rawMd5 } = qcow2WithRawDigest('direct.qcow2');
  const name = uniqueName('direct');
  const create = new CreateImagePage(demoPage);
  await create.goto();
  await create.chooseFile(file);
  await expect(create.diskFormat).toHaveValue('qcow2');
  await create.name.fill(name);
  await create.submit();

  const phases = demoPage.getByRole('list', { name: 'Import phases' });
  await expect(phases).toBeVisible();
  await expect(demoPage.getByTestId('upload-done')).toContainText('to Glance’s staging area', { timeout: 60_000 });
  await expect(create.status).toHaveText('active', { timeout: 60_000 });
  const [image] = await demo.findByName(name);
  created.push({ glance: demo, id: image!.id });
  await expect(phases.getByRole('listitem')).toHaveText([/Uploading: done/, /Importing: done/, /Converting: done\s*qcow2 → raw/, /Active: done/]);
  await expect(demoPage.getByRole('status').filter({ hasText: 'Converted from qcow2 to raw' })).toBeVisible();
  const size = execFileSync('stat', ['-c', '%s', file], { encoding: 'utf8' }).trim();
  await expect(demoPage.getByTestId('staged-size')).toHaveText(`✓ Glance received all of your file at staging: ${Number(size).toLocaleString('en')} bytes, the file’s size.`);
  // the browser's checksums of the qcow2 are not compared with the raw data's: Glance's are shown alone
  await expect(create.checksumRow('MD5').stored).toHaveText(rawMd5);
  await expect(demoPage.getByText('MISMATCH')).toHaveCount(0);

  // Glance: converted (image_conversion), injected metadata (inject_image_metadata), nothing left in staging
  expect(image).toMatchObject({ status: 'active', disk_format: 'raw', checksum: rawMd5, size: 64 * MiB, imported_via: 'glance-import' });
  expect(readdirSync(glanceStagingDir)).not.toContain(image!.id);
  expect(await seriousViolations(demoPage)).toEqual([]);
  await screenshots(demoPage, testInfo, 'glance-direct-done');
});

test('importing an image that is no longer uploading is refused in words, and Glance keeps its one import', async ({ demoPage }) => {
  const { file, rawMd5 } = qcow2WithRawDigest('refused.qcow2');
  const name = uniqueName('import-refused');
  const create = new CreateImagePage(demoPage);
  // the browser's import request (its second server action on this page) is lost once
  let actions = 0;
  await demoPage.route('**/images/create', async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action'] && ++actions === 2) return route.abort('connectionreset');
    return route.continue();
  });
  await create.goto();
  await create.chooseFile(file);
  await create.name.fill(name);
  await create.submit();
  const refused = demoPage.getByRole('alert').filter({ hasText: 'Glance did not import the image' });
  await expect(refused).toBeVisible({ timeout: 60_000 });
  const [image] = await demo.findByName(name);
  created.push({ glance: demo, id: image!.id });
  expect(image).toMatchObject({ status: 'uploading', disk_format: 'qcow2' });

  // meanwhile someone else (the CLI) imports it
  expect((await demo.request('POST', `/v2/images/${image!.id}/import`, { method: { name: 'glance-direct' } })).status).toBe(202);
  await expect.poll(async () => (await demo.getImage(image!.id))?.status, { timeout: 60_000 }).toBe('active');
  await demoPage.getByRole('button', { name: 'Retry import' }).click();
  await expect(refused).toContainText('This image already has its data: there is nothing to import.');
  const after = await demo.getImage(image!.id);
  expect(after).toMatchObject({ status: 'active', disk_format: 'raw', checksum: rawMd5 });
  const tasks = ((await demo.request('GET', `/v2/images/${image!.id}/tasks`)).body as { tasks: unknown[] }).tasks;
  expect(tasks).toHaveLength(1);
});

test('RegionTwo offers no glance-direct: the same form uploads with the plain PUT, checksums compared', async ({ browser }) => {
  const page = await signIn(browser, fresh, users.demo, 'RegionTwo');
  const { file } = qcow2WithRawDigest('fallback.qcow2');
  const md5 = digestOf('md5sum', file);
  const name = uniqueName('fallback');
  const create = new CreateImagePage(page);
  await create.goto();
  await create.chooseFile(file);
  await create.name.fill(name);
  await create.submit();
  await expect(create.status).toHaveText('active', { timeout: 60_000 });
  await expect(page.getByTestId('upload-done')).not.toContainText('staging');
  await expect(page.getByRole('list', { name: 'Import phases' })).toHaveCount(0);
  await expect(create.checksumRow('MD5').verdict).toHaveText('✓ Match');

  const r2 = new RegionTwo(await passwordToken(users.demo.username, users.demo.password, users.demo.project));
  const [image] = await r2.findByName(name);
  try {
    // the PUT path runs no import plugins: still qcow2, the file's own checksum
    expect(image).toMatchObject({ status: 'active', disk_format: 'qcow2', checksum: md5 });
  } finally {
    if (image) await r2.delete(image.id);
    await page.context().close();
  }
});

test('quota-lab sees its usage in the list header and on Create; an oversize file is refused before a byte is sent', async ({ browser }, testInfo) => {
  const usage = await usageOf(quota);
  expect(usage, 'quota-lab as seeded (ensure.sh)').toMatchObject({ image_size_total: { usage: 16, limit: 40 }, image_count_total: { limit: 5 } });
  const before = await quotaLabImages();
  const page = await signIn(browser, fresh, quotaLab);

  const header = page.getByRole('region', { name: 'Quota of project quota-lab' });
  await expect(header.getByRole('definition').first()).toHaveText('16.0 MiB of 40.0 MiB');
  await expect(header).toContainText(`Images${before.length} of 5`);
  await expect(header).toContainText('Staging area0 B of 40.0 MiB');
  await screenshots(page, testInfo, 'quota-list-header');

  const create = new CreateImagePage(page);
  await create.goto();
  await expect(page.getByRole('region', { name: 'Quota of project quota-lab' })).toContainText('Image storage16.0 MiB of 40.0 MiB');
  const big = makeRaw(dir, 'thirty.raw', 30);
  await create.chooseFile(big);
  const problem =
    'This file is 30.0 MiB, but project quota-lab has only 24.0 MiB of its 40.0 MiB image storage left (16.0 MiB used). Nothing was sent. Delete images this project no longer needs, or ask your cloud operator for a larger quota.';
  await expect(page.getByTestId('quota-problem')).toHaveText(problem);
  await create.name.fill(uniqueName('too-big'));
  await create.submit();
  await expect(create.fieldError('file')).toHaveText(problem);
  // said once: the server's refusal by the field replaces the page's own check
  await expect(page.getByText(problem)).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'quota-refused');

  // nothing changed in Glance: no record, nothing staged, usage as it was
  expect((await quotaLabImages()).map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
  expect(await stagedFilesOfQuotaLab()).toEqual([]);
  expect(await usageOf(quota)).toEqual(usage);
  await page.context().close();
});

test('Glance’s own 413 (usage changed behind Iris’s back) is shown in words; Iris then refuses the next upload itself', async ({ browser }) => {
  const page = await signIn(browser, stale, quotaLab);
  // Iris reads usage now (16 of 40 MiB) and keeps it for 10 minutes
  await expect(page.getByRole('region', { name: 'Quota of project quota-lab' })).toContainText('16.0 MiB of 40.0 MiB');
  // another client stores 30 MiB: Glance checks usage before a PUT (16 < 40), so it takes it (46 of 40)
  const other = await quota.createImage({ name: uniqueName('quota-filler') });
  created.push({ glance: quota, id: other.id });
  await quota.upload(other.id, randomBytes(30 * MiB));
  const target = await quota.createImage({ name: uniqueName('quota-413') });
  created.push({ glance: quota, id: target.id });

  const response = await page.request.put(`/api/uploads/${target.id}`, {
    data: randomBytes(MiB),
    headers: { origin: stale.url, 'content-type': 'application/octet-stream' },
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
    'Glance refused the file: the project is over its image storage quota (46 MiB used of 40 MiB). Usage changed since this page read it. Delete images this project no longer needs, or ask your cloud operator for a larger quota.',
  );
  expect(await quota.getImage(target.id)).toMatchObject({ status: 'queued', size: null });

  // that 413 made Iris read usage again: the page now shows it, and refuses up front
  const create = new CreateImagePage(page);
  await create.goto();
  await expect(page.getByRole('region', { name: 'Quota of project quota-lab' })).toContainText('Image storage46.0 MiB of 40.0 MiB');
  const small = path.join(dir, 'one.raw');
  writeFileSync(small, randomBytes(MiB));
  await create.chooseFile(small);
  await expect(page.getByTestId('quota-problem')).toContainText('has only 0 B of its 40.0 MiB image storage left (46.0 MiB used)');
  expect(await stagedFilesOfQuotaLab()).toEqual([]);
  await page.context().close();
});

test('a quota of zero images: Create refuses in words, and nothing changes in Glance', async ({ browser }) => {
  const admin = await systemAdminToken();
  const limit = await quotaLabLimit(admin, 'image_count_total');
  await replaceLimit(admin, limit, 0);
  try {
    const before = await quotaLabImages();
    const page = await signIn(browser, fresh, quotaLab);
    const create = new CreateImagePage(page);
    await create.goto();
    await expect(page.getByRole('region', { name: 'Quota of project quota-lab' })).toContainText(`Images${before.length} of 0`);
    const small = path.join(dir, 'zero.raw');
    writeFileSync(small, randomBytes(MiB));
    await create.chooseFile(small);
    const problem = 'Project quota-lab has a quota of zero images: it cannot create any. Ask your cloud operator for a quota.';
    await expect(page.getByTestId('quota-problem')).toHaveText(problem);
    await create.name.fill(uniqueName('zero'));
    await create.submit();
    await expect(create.fieldError('file')).toHaveText(problem);
    expect((await quotaLabImages()).length).toBe(before.length);
    expect(await stagedFilesOfQuotaLab()).toEqual([]);
    await page.context().close();
  } finally {
    await replaceLimit(admin, await quotaLabLimit(admin, 'image_count_total'), limit.resource_limit);
  }
});

/** RegionTwo's Glance, for checking what the fallback stored. */
class RegionTwo {
  constructor(private readonly token: string) {}
  async findByName(name: string): Promise<GlanceImage[]> {
    const res = await fetch(`${glanceRegionTwoUrl}/v2/images?name=${encodeURIComponent(name)}`, { headers: { 'x-auth-token': this.token, accept: 'application/json' } });
    return ((await res.json()) as { images: GlanceImage[] }).images;
  }
  async delete(id: string) {
    await fetch(`${glanceRegionTwoUrl}/v2/images/${id}`, { method: 'DELETE', headers: { 'x-auth-token': this.token } });
  }
}

/** Keystone lists and changes another project's limits only for a system-scoped token. */
async function systemAdminToken(): Promise<string> {
  const res = await fetch(`${stack.keystoneUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { id: 'default' }, password: quotaLab.adminPassword } } }, scope: { system: { all: true } } },
    }),
  });
  if (res.status !== 201) throw new Error(`system token: ${res.status}`);
  return res.headers.get('x-subject-token')!;
}

interface Limit {
  id: string;
  service_id: string;
  region_id: string;
  project_id: string;
  resource_name: string;
  resource_limit: number;
}

async function quotaLabLimit(token: string, resource: string): Promise<Limit> {
  const res = await fetch(`${stack.keystoneUrl}/limits?project_id=${quotaLab.projectId}&resource_name=${resource}`, { headers: { 'x-auth-token': token } });
  const [limit] = ((await res.json()) as { limits: Limit[] }).limits;
  if (!limit) throw new Error(`quota-lab has no ${resource} limit: run ensure.sh`);
  return limit;
}

/**
 * Give quota-lab's limit another value by deleting and creating it again: Keystone (Zed) ignores a
 * PATCH to 0 (it tests the new value for truth), so a quota of zero can only be created.
 */
async function replaceLimit(token: string, limit: Limit, value: number) {
  const headers = { 'x-auth-token': token, 'content-type': 'application/json' };
  const gone = await fetch(`${stack.keystoneUrl}/limits/${limit.id}`, { method: 'DELETE', headers });
  if (gone.status !== 204) throw new Error(`delete limit: ${gone.status} ${await gone.text()}`);
  const { service_id, region_id, project_id, resource_name } = limit;
  const made = await fetch(`${stack.keystoneUrl}/limits`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ limits: [{ service_id, region_id, project_id, resource_name, resource_limit: value }] }),
  });
  if (made.status !== 201) throw new Error(`create limit: ${made.status} ${await made.text()}`);
}
