import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { irisPort } from './support/env';
import { makeQcow2, rawDigestsOf } from './support/image-files';
import { IrisServer } from './support/iris-server';
import { Glance, uniqueName } from './support/openstack';

// An Iris of its own with a small upload budget (2 uploads per person, 3 in all) and a short idle
// timeout (30 s without a byte closes a connection).
let iris: IrisServer;
let dir: string;
const names: string[] = [];
const held: ClientRequest[] = [];
const IDLE_TIMEOUT_MS = 30_000;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-budget-'));
  iris = await new IrisServer(irisPort + 80 + test.info().parallelIndex, { UPLOADS_PER_USER: '2', UPLOADS_TOTAL: '3', HTTP_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS) }).start();
});

test.afterAll(async () => {
  for (const request of held) request.destroy();
  await iris?.stop();
  for (const user of ['demo', 'alt'] as const) {
    const glance = await Glance.as(user);
    for (const name of names) for (const image of await glance.findByName(name)) await glance.deleteImage(image.id);
  }
  rmSync(dir, { recursive: true, force: true });
});

function track(prefix: string) {
  const name = uniqueName(prefix);
  names.push(name);
  return name;
}

/**
 * A very slow upload: 256 KiB, then 1 KiB every 3 s (bytes keep flowing, so it holds its slot)
 * until destroyed, or nothing more at all with `trickle: false`.
 */
async function holdUpload(page: Page, glance: Glance, { trickle = true } = {}) {
  const image = await glance.createImage({ name: track('held') });
  const session = (await page.context().cookies()).find((c) => c.name === 'iris_session')!;
  const request = httpRequest(`${iris.url}/api/uploads/${image.id}`, {
    method: 'PUT',
    headers: { cookie: `iris_session=${session.value}`, origin: iris.url, 'content-type': 'application/octet-stream', 'content-length': String(64 * 1024 ** 2) },
  });
  const closed = new Promise<void>((resolve) => request.on('close', resolve));
  request.on('error', () => {});
  request.on('response', (response) => response.resume());
  request.write(Buffer.alloc(256 * 1024, 7));
  if (trickle) {
    const timer = setInterval(() => request.write(Buffer.alloc(1024, 7)), 3_000);
    request.on('close', () => clearInterval(timer));
  }
  held.push(request);
  // Glance marks an image `saving` once its data starts to arrive: the upload is in flight
  await expect.poll(async () => (await glance.getImage(image.id))?.status, { timeout: 30_000 }).toBe('saving');
  return { request, image, closed };
}

async function startUpload(page: Page, file: string, name: string) {
  const create = new CreateImagePage(page);
  await page.goto(`${iris.url}/images/create`);
  await create.chooseFile(file);
  await create.name.fill(name);
  await create.submit();
  return create;
}

test('slow uploads hold their slots; the next upload waits and says why, while another user’s page, API call and upload go through', async ({ demoPage, altPage }) => {
  test.setTimeout(360_000);
  // the Create page stages it (glance-direct) and Glance converts it to raw: its checksum is the raw disk's
  const file = makeQcow2(dir, 'budget.qcow2', 2, '64M');
  const { md5 } = rawDigestsOf(file);
  const [demoGlance, altGlance] = await Promise.all([Glance.as('demo'), Glance.as('alt')]);
  await demoPage.goto(`${iris.url}/images`);
  await altPage.goto(`${iris.url}/images`);
  const demoHeld = [await holdUpload(demoPage, demoGlance), await holdUpload(demoPage, demoGlance)];


  // demo's third upload waits, and is told why
  const demoName = track('waits');
  const demoCreate = await startUpload(demoPage, file, demoName);
  await expect(demoPage.getByText(/^Waiting to upload budget\.qcow2/)).toBeVisible();
  await expect(demoPage.getByTestId('upload-waiting')).toHaveText(
    'You already have 2 uploads running, the most Iris takes from one person at a time. This one starts by itself as soon as one of them finishes.',
  );
  const waiting = (await demoGlance.findByName(demoName))[0]!;
  expect(waiting.status).toBe('queued');
  // while it waits the browser asks GET /api/uploads/{id} (no file sent): 429 for demo, 401 without a session
  const ask = await demoPage.request.get(`${iris.url}/api/uploads/${waiting.id}`);
  expect(ask.status()).toBe(429);
  expect((await ask.json()).error).toMatchObject({ code: 'busy', message: expect.stringMatching(/^You already have 2 uploads running/) });
  expect((await fetch(`${iris.url}/api/uploads/${waiting.id}`)).status).toBe(401);
  await demoPage.screenshot({ path: test.info().outputPath('upload-waiting-1360.png') });
  await demoPage.setViewportSize({ width: 390, height: 844 });
  expect(await demoPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await demoPage.screenshot({ path: test.info().outputPath('upload-waiting-390.png') });
  await demoPage.setViewportSize({ width: 1360, height: 900 });

  // meanwhile alt's page, an API call and an upload go through (3rd of 3 slots)
  await altPage.reload();
  await expect(altPage.getByRole('table')).toBeVisible();
  const projects = await altPage.request.get(`${iris.url}/api/projects`);
  expect(projects.status()).toBe(200);
  expect((await projects.json()).projects.map((p: { name: string }) => p.name)).toContain('alt');
  const altName = track('goes');
  const altCreate = await startUpload(altPage, file, altName);
  await expect(altCreate.status).toHaveText('active', { timeout: 60_000 });
  expect((await altGlance.findByName(altName))[0]?.checksum).toBe(md5);

  // with 3 uploads in flight, the total is reached: alt waits too, told so
  await holdUpload(altPage, altGlance);
  const altWaitName = track('waits-total');
  await startUpload(altPage, file, altWaitName);
  await expect(altPage.getByTestId('upload-waiting')).toHaveText('Iris is passing on 3 uploads already, the most it takes at once. This one starts by itself as soon as another finishes.');

  // demo's slow uploads end: both waiting uploads start by themselves and finish
  for (const { request } of demoHeld) request.destroy();
  await expect(demoCreate.status).toHaveText('active', { timeout: 60_000 });
  await expect(demoCreate.checksumRow('MD5').stored).toHaveText(md5);
  expect((await demoGlance.findByName(demoName))[0]).toMatchObject({ status: 'active', checksum: md5 });
  await expect(altPage.getByTestId('image-status')).toHaveText('active', { timeout: 60_000 });
  expect((await altGlance.findByName(altWaitName))[0]).toMatchObject({ status: 'active', checksum: md5 });
});

test('an upload that stops sending is closed after the idle timeout, and Glance puts its image back to queued', async ({ demoPage }) => {
  test.setTimeout(180_000);
  const demoGlance = await Glance.as('demo');
  await demoPage.goto(`${iris.url}/images`);
  const { image, closed } = await holdUpload(demoPage, demoGlance, { trickle: false });
  // no byte for IDLE_TIMEOUT_MS: Iris closes the connection (the client did nothing)
  await closed;
  await expect.poll(async () => (await demoGlance.getImage(image.id))?.status, { timeout: 60_000 }).toBe('queued');
});
