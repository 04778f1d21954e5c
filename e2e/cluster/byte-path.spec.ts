import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CreateImagePage } from '../pages/create-image-page';
import { ImageDetailsPage } from '../pages/image-details-page';
import { ImageSharingPage } from '../pages/image-sharing-page';
import { stack } from '../support/env';
import { makeQcow2, makeRaw, rawDigestsOf } from '../support/image-files';
import { Glance, uniqueName } from '../support/openstack';
import { sessionToken } from '../support/session';
import { accessLogLines, putThroughNginx, signIn } from './nginx';
import { clusterState } from './replicas';

// The cluster runs the nginx byte path (global-setup.ts): image bytes go nginx <-> Glance, a
// replica only decides. Every check here is made through nginx, as a browser would reach Iris.
const MiB = 1024 ** 2;
const GLANCE = new URL(stack.glanceUrl).host;
let dir: string;
let glance: Glance;
const created: string[] = [];

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-cluster-e2e-'));
  glance = await Glance.as('demo');
});
test.afterAll(async () => {
  for (const id of created.splice(0)) await glance.deleteImage(id);
  rmSync(dir, { recursive: true, force: true });
});

/** Every response the page gets from now on: its URL, all its headers, and its body when it has one. */
function recordResponses(page: Page) {
  const seen: { url: string; headers: Record<string, string>; body: string }[] = [];
  page.on('response', async (response) => {
    const headers = await response.allHeaders().catch(() => ({}));
    const body = await response.body().then((b) => b.toString('latin1')).catch(() => '');
    seen.push({ url: response.url(), headers, body });
  });
  return seen;
}

test('create + upload a qcow2, download it and share it through nginx; no response carries the token', async ({ page }) => {
  test.setTimeout(240_000);
  const responses = recordResponses(page);
  await signIn(page, 'demo');

  // create + upload: the browser's progress, the bytes streamed nginx -> Glance's staging area
  // (glance-direct), then imported and converted to raw: Glance's checksums are qemu-img's raw disk's
  const file = makeQcow2(dir, 'cluster-upload.qcow2', 8, '64M');
  const { md5, sha512 } = rawDigestsOf(file);
  const name = uniqueName('cluster');
  const create = new CreateImagePage(page);
  await create.startUpload({ file, name, diskFormat: 'qcow2', bytesPerSecond: 4 * MiB });
  await expect(page.getByTestId('upload-done')).toContainText('✓ Uploaded cluster-upload.qcow2', { timeout: 90_000 });
  await expect(create.status).toHaveText('active');
  const progress = await create.progressSeen();
  expect(progress.some((value) => value > 0 && value < 100), `progress values seen: ${progress.join(', ')}`).toBe(true);
  expect(progress.at(-1)).toBe(100);
  await expect(page.getByTestId('staged-size')).toContainText('✓ Glance received all of your file at staging');
  await expect(create.checksumRow('MD5').stored).toHaveText(md5);
  await expect(create.checksumRow('SHA-512').stored).toHaveText(sha512);
  const [image] = await glance.findByName(name);
  created.push(image!.id);
  expect(image).toMatchObject({ status: 'active', checksum: md5, os_hash_algo: 'sha512', os_hash_value: sha512, disk_format: 'raw', imported_via: 'glance-import' });
  // nginx sent the body to Glance's staging area itself, not to a replica
  expect(accessLogLines(`"PUT /api/uploads/${image!.id}?via=glance-direct `).join('\n')).toMatch(new RegExp(`" 204 .*upstream=${GLANCE}`));

  // download from the details page: the file Glance holds, under its safe name
  const details = new ImageDetailsPage(page);
  await details.goto(image!.id);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name}.raw`);
  const bytes = readFileSync((await download.path())!);
  expect(createHash('sha512').update(bytes).digest('hex')).toBe(image!.os_hash_value);
  expect(accessLogLines(`"GET /api/images/${image!.id}/file `).join('\n')).toMatch(new RegExp(`" 200 .*upstream=.*${GLANCE}`));

  // ranges through nginx: Content-Length, Content-Range, If-Range with the ETag
  const url = `/api/images/${image!.id}/file`;
  const full = await page.request.head(url);
  expect(full.status()).toBe(200);
  expect(full.headers()['content-length']).toBe(String(bytes.length));
  const etag = (await page.request.get(url, { headers: { range: 'bytes=0-0' } })).headers()['etag']!;
  expect(etag).toBe(`"${image!.os_hash_value}"`);
  const part = await page.request.get(url, { headers: { range: 'bytes=100-1123', 'if-range': etag } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 100-1123/${bytes.length}`);
  expect(part.headers()['content-length']).toBe('1024');
  expect(part.headers()['content-disposition']).toBe(`attachment; filename="${name}.raw"`);
  expect((await part.body()).equals(bytes.subarray(100, 1124))).toBe(true);
  const stale = await page.request.get(url, { headers: { range: 'bytes=0-9', 'if-range': '"other"' } });
  expect(stale.status()).toBe(200);
  expect(stale.headers()['content-length']).toBe(String(bytes.length));
  const past = await page.request.get(url, { headers: { range: `bytes=${bytes.length + 10}-` } });
  expect(past.status()).toBe(416);
  expect(past.headers()['content-range']).toBe(`bytes */${bytes.length}`);
  for (const answer of [full, part, stale, past]) expect(Object.keys(answer.headers()).filter((h) => h.startsWith('x-iris-') || h === 'x-accel-redirect')).toEqual([]);

  // share it with alt, by project ID
  const sharing = new ImageSharingPage(page);
  await sharing.goto(image!.id);
  await sharing.projectInput().fill(stack.projects.alt);
  await expect(sharing.addButton()).toHaveText('Switch to shared and add');
  await sharing.addButton().click();
  await expect(sharing.row(stack.projects.alt)).toContainText('Pending');
  expect((await glance.getImage(image!.id))?.visibility).toBe('shared');
  expect(await glance.listMembers(image!.id)).toEqual([expect.objectContaining({ member_id: stack.projects.alt, status: 'pending' })]);

  // the Keystone token: in no header and no body of any answer nginx gave this browser
  const token = await sessionToken(page.context());
  expect(token.length).toBeGreaterThan(100);
  expect(responses.length).toBeGreaterThan(20);
  for (const response of responses) {
    expect(JSON.stringify(response.headers).includes(token), `token in the headers of ${response.url}`).toBe(false);
    expect(response.body.includes(token), `token in the body of ${response.url}`).toBe(false);
    expect(Object.keys(response.headers).filter((h) => h.startsWith('x-iris-glance') || h === 'x-accel-redirect'), response.url).toEqual([]);
  }
  for (const answer of [full, part, stale, past]) expect(JSON.stringify(answer.headers()).includes(token)).toBe(false);
  // nor nginx's logs
  for (const log of ['access.log', 'error.log']) expect(readFileSync(`${clusterState}/nginx/${log}`, 'utf8').includes(token), log).toBe(false);
});

test('Cancel mid-upload through nginx stops the transfer and deletes the record', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'demo');
  const file = makeRaw(dir, 'cluster-cancel.raw', 64);
  const name = uniqueName('cluster-cancel');
  const create = new CreateImagePage(page);
  await create.startUpload({ file, name, diskFormat: 'raw', bytesPerSecond: 2 * MiB });

  await expect.poll(async () => Number(await create.uploadProgress.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  const [record] = await glance.findByName(name);
  created.push(record!.id);
  expect(Number(await create.uploadProgress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await page.getByRole('button', { name: 'Cancel upload' }).click();

  await expect(page.getByText('Upload cancelled. The image record was deleted.')).toBeVisible();
  await expect(create.name).toHaveValue(name);
  expect(await glance.getImage(record!.id)).toBeUndefined();
  // the body was going to Glance through nginx, not through a replica
  await expect.poll(() => accessLogLines(`"PUT /api/uploads/${record!.id}?via=glance-direct `).join('\n')).toContain(`upstream=${GLANCE}`);
});

test('bad input through nginx: no session, a foreign Origin and an oversize file are refused before any byte is stored', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await signIn(page, 'demo');
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('iris_session'))!;
  const cookie = `${session.name}=${session.value}`;
  const image = await glance.createImage({ name: uniqueName('cluster-refused') });
  created.push(image.id);
  const url = `/api/uploads/${image.id}`;
  const message = (body: string) => (JSON.parse(body) as { error: { message: string } }).error.message;

  const noSession = await putThroughNginx(baseURL!, url, { origin, 'content-length': '4' }, 'data');
  expect(noSession.status).toBe(401);
  expect(message(noSession.body)).toBe('Sign in to continue.');
  const foreign = await putThroughNginx(baseURL!, url, { cookie, origin: 'https://evil.example', 'content-length': '4' }, 'data');
  expect(foreign.status).toBe(403);
  expect(message(foreign.body)).toBe('Uploads are accepted only from Iris’s own pages.');
  const huge = await putThroughNginx(baseURL!, url, { cookie, origin, 'content-length': String(30 * 1024 ** 3) }, 'data');
  expect(huge.status).toBe(413);
  expect(message(huge.body)).toBe('This file is 30.0 GiB; this cloud accepts image files up to 25.0 GiB.');
  expect(await glance.getImage(image.id)).toMatchObject({ status: 'queued', size: null });

  // downloads and nginx's own endpoints
  const anonymous = await page.context().browser()!.newContext({ ignoreHTTPSErrors: true, baseURL });
  const noSessionDownload = await anonymous.request.get(`/api/images/${image.id}/file`);
  expect(noSessionDownload.status()).toBe(401);
  await anonymous.close();
  expect((await page.request.get('/api/nginx/authorize-upload')).status()).toBe(404);
  expect((await page.request.get(`/_iris/glance/images/${image.id}/file`)).status()).toBe(404);
});
