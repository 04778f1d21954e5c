import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { digestOf, makeQcow2, makeRaw, rawDigestsOf, serveFile } from './support/image-files';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';
import { webDownloadPort } from './support/env';

const MiB = 1024 ** 2;
// uploads and hashing on a shared 2-core machine: give each test room
test.describe.configure({ timeout: 120_000 });
let dir: string;
let smallQcow2: string;
let glance: Glance;
const createdNames = new Set<string>();

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-create-e2e-'));
  // RegionOne imports with glance-direct and converts to raw: a small virtual size keeps that cheap
  smallQcow2 = makeQcow2(dir, 'small.qcow2', 1, '64M');
  glance = await Glance.as('demo');
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.afterEach(async () => {
  for (const name of createdNames) for (const image of await glance.findByName(name)) await glance.deleteImage(image.id);
  createdNames.clear();
});

function track(prefix: string) {
  const name = uniqueName(prefix);
  createdNames.add(name);
  return name;
}

async function imagesTagged(tag: string): Promise<GlanceImage[]> {
  const res = await glance.request('GET', `/v2/images?tag=${encodeURIComponent(tag)}`);
  return (res.body as { images: GlanceImage[] }).images;
}

test('uploads a qcow2 made by qemu-img with live progress through glance-direct; Glance converts it to raw, whose checksums are qemu-img’s', async ({ demoPage }) => {
  test.setTimeout(120_000);
  const file = makeQcow2(dir, 'noble-test.qcow2', 24);
  // this cloud's import converts to raw (image_conversion): Glance hashes the raw disk, so its
  // checksums are those of qemu-img's own conversion, and what it received is checked by size
  const { md5, sha512 } = rawDigestsOf(file);
  const name = track('upload');
  const create = new CreateImagePage(demoPage);
  await create.throttleUpload(4 * MiB);
  await create.goto();

  await create.chooseFile(file);
  await expect(demoPage.getByTestId('format-guess')).toContainText('Detected qcow2 from the file’s header; virtual size 1.00 GiB');
  await expect(create.diskFormat).toHaveValue('qcow2');
  await expect(create.name).toHaveValue('noble-test');
  await create.name.fill(name);
  await demoPage.getByRole('button', { name: 'Set minimum disk to 1 GiB' }).click();
  await demoPage.getByLabel('OS distribution').fill('ubuntu');
  await demoPage.getByLabel('OS version').fill('24.04');
  await demoPage.getByLabel('Architecture', { exact: true }).fill('x86_64');
  await create.minRam.fill('512');
  await create.addTags('e2e, lts');
  await create.setProperty(0, 'hw_disk_bus', 'virtio');
  await create.recordProgress();
  await create.submit();

  await expect(create.uploadProgress).toBeVisible();
  await expect(demoPage.getByTestId('upload-stats')).toContainText(/MiB of 24\.\d MiB · [\d.]+ (KiB|MiB)\/s · (about .* left|almost done)/);
  await expect(demoPage.getByTestId('upload-done')).toContainText('✓ Uploaded noble-test.qcow2', { timeout: 60_000 });
  // Glance converts the 1 GiB disk and hashes it: the import takes a while on this box
  await expect(create.status).toHaveText('active', { timeout: 90_000 });
  const seen = await create.progressSeen();
  expect(seen.some((value) => value > 0 && value < 100), `progress values seen: ${seen.join(', ')}`).toBe(true);
  expect(seen.at(-1)).toBe(100);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));

  await expect(demoPage.getByRole('list', { name: 'Import phases' }).getByRole('listitem')).toHaveText([/Uploading: done/, /Importing: done/, /Converting: done\s*qcow2 → raw/, /Active: done/]);
  await expect(demoPage.getByTestId('staged-size')).toHaveText(`✓ Glance received all of your file at staging: ${statSync(file).size.toLocaleString('en')} bytes, the file’s size.`);
  await expect(create.checksumRow('MD5').stored).toHaveText(md5);
  await expect(create.checksumRow('SHA-512').stored).toHaveText(sha512);
  await expect(demoPage.getByText('MISMATCH')).toHaveCount(0);

  const [image] = await glance.findByName(name);
  expect(image).toMatchObject({
    status: 'active',
    checksum: md5,
    os_hash_algo: 'sha512',
    os_hash_value: sha512,
    disk_format: 'raw',
    size: 1024 ** 3,
    container_format: 'bare',
    visibility: 'private',
    min_disk: 1,
    min_ram: 512,
    os_distro: 'ubuntu',
    os_version: '24.04',
    architecture: 'x86_64',
    hw_disk_bus: 'virtio',
  });
  expect((image!.tags as string[]).sort()).toEqual(['e2e', 'lts']);
  await expect(demoPage.getByRole('link', { name: 'Go to image' })).toHaveAttribute('href', `/images/${image!.id}`);
});

test('hashes the chosen file in a Web Worker, before anything is sent', async ({ demoPage }) => {
  const create = new CreateImagePage(demoPage);
  await create.goto();
  await create.chooseFile(smallQcow2);
  const hashes = demoPage.getByTestId('browser-hashes');
  await expect(hashes).toContainText(digestOf('md5sum', smallQcow2));
  await expect(hashes).toHaveAttribute('data-engine', 'worker');
});

// Each case: one bad value, a message next to its field, what was typed still there, nothing in Glance.
const invalidCases: { title: string; arrange: (create: CreateImagePage) => Promise<void>; field: string; message: string }[] = [
  { title: 'empty name', arrange: (c) => c.name.fill(''), field: 'name', message: 'Give the image a name.' },
  { title: 'name over 255 characters', arrange: (c) => c.name.fill('n'.repeat(256)), field: 'name', message: 'Names can be at most 255 characters.' },
  { title: 'negative minimum disk', arrange: (c) => c.minDisk.fill('-1'), field: 'min_disk', message: 'Minimum disk must be a whole number of GiB, 0 or more.' },
  { title: 'fractional minimum RAM', arrange: (c) => c.minRam.fill('1.5'), field: 'min_ram', message: 'Minimum RAM must be a whole number of MiB, 0 or more.' },
  {
    title: 'reserved os_glance_ property',
    arrange: (c) => c.setProperty(0, 'os_glance_import_task', 'x'),
    field: 'property-0-key',
    message: 'Keys starting with “os_glance_” are reserved for Glance.',
  },
  { title: 'property that has its own field', arrange: (c) => c.setProperty(0, 'name', 'other'), field: 'property-0-key', message: 'Use the Name field above.' },
  {
    title: 'property value over 65,535 bytes',
    arrange: (c) => c.setProperty(0, 'notes', 'v'.repeat(65_536)),
    field: 'property-0-value',
    message: 'Too long: at most 65,535 bytes.',
  },
  { title: 'tag over 255 characters', arrange: (c) => c.addTags(`ok, ${'t'.repeat(256)}`), field: 'tags', message: 'Tags can be at most 255 characters' },
  // as on the Edit page: text left in the tag input would otherwise be dropped without a word
  { title: 'tag typed but not added', arrange: (c) => c.newTag.fill('pending'), field: 'tags', message: 'Add “pending” with Add tag (or Enter), or clear the field.' },
  {
    title: 'malformed expected checksum',
    arrange: (c) => c.expectedHash.fill('not-a-checksum'),
    field: 'expected_hash',
    message: 'Paste an MD5 (32 hex digits), SHA-256 (64) or SHA-512 (128) checksum, or leave this empty.',
  },
  {
    title: 'URL that is not http(s)',
    arrange: async (c) => {
      await c.chooseSource('Import from a URL');
      await c.url.fill('ftp://127.0.0.1/image.qcow2');
    },
    field: 'url',
    message: 'Use an http:// or https:// address.',
  },
  // values the page never offers (forged disk or container format, public from a member) are in
  // bad-input.spec.ts: changed inside the submit event, so no React re-render can undo the forgery
];

for (const invalid of invalidCases) {
  test(`refuses ${invalid.title} with its message, keeps the typed values, creates nothing`, async ({ demoPage }) => {
    const create = new CreateImagePage(demoPage);
    const name = track('invalid');
    const tag = uniqueName('tag');
    await create.goto();
    await create.chooseFile(smallQcow2);
    await create.name.fill(name);
    await create.description.fill('kept after the error');
    await create.addTags(tag);
    await invalid.arrange(create);
    const typedName = await create.name.inputValue();
    await create.submit();

    await expect(create.fieldError(invalid.field)).toContainText(invalid.message);
    await expect(demoPage.getByRole('alert').filter({ hasText: 'Some fields need your attention.' })).toBeVisible();
    await expect(create.name).toHaveValue(typedName);
    await expect(create.description).toHaveValue('kept after the error');
    await expect(demoPage.getByTestId('chosen-file')).toHaveText('small.qcow2');
    expect(await glance.findByName(typedName || name)).toEqual([]);
    if (!invalid.title.startsWith('tag')) expect(await imagesTagged(tag)).toEqual([]);
  });
}

test('a file chosen before the page hydrates survives hydration and is the one uploaded', async ({ demoPage }) => {
  const name = track('early-file');
  const { md5 } = rawDigestsOf(smallQcow2);
  // hold back every script, so the page is on screen and interactable while React has not hydrated
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  const isScript = (url: URL) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js');
  await demoPage.route(isScript, async (route) => {
    held += 1;
    await scriptsHeld;
    await route.continue();
  });
  const create = new CreateImagePage(demoPage);
  await demoPage.goto('/images/create', { waitUntil: 'domcontentloaded' });
  const picker = demoPage.getByLabel('Image file');
  const hydrated = () => picker.evaluate((input) => Object.keys(input).some((key) => key.startsWith('__reactFiber')));
  await expect.poll(() => held, { message: 'scripts requested and held' }).toBeGreaterThan(0);

  await create.chooseFile(smallQcow2);
  expect(await hydrated(), 'the file was chosen before hydration').toBe(false);
  expect(await picker.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('small.qcow2');

  release();
  await expect.poll(hydrated, { message: 'React hydrates once the scripts arrive' }).toBe(true);
  await demoPage.unroute(isScript);
  // Iris took the early choice over: named, sniffed (qcow2 header) and hashed like any other
  await expect(demoPage.getByTestId('chosen-file')).toHaveText('small.qcow2');
  await expect(create.diskFormat).toHaveValue('qcow2');
  await expect(create.name).toHaveValue('small');
  await create.name.fill(name);
  await create.submit();
  await expect(create.fieldError('file')).toHaveCount(0);
  await expect(demoPage.getByTestId('upload-done')).toContainText('✓ Uploaded small.qcow2', { timeout: 60_000 });
  await expect(create.status).toHaveText('active', { timeout: 60_000 });
  const [image] = await glance.findByName(name);
  expect(image).toMatchObject({ status: 'active', checksum: md5, disk_format: 'raw' });
});

test('refuses to submit without a file', async ({ demoPage }) => {
  const create = new CreateImagePage(demoPage);
  const name = track('nofile');
  await create.goto();
  await create.name.fill(name);
  await create.submit();
  await expect(create.fieldError('file')).toHaveText('Choose the image file to upload.');
  expect(await glance.findByName(name)).toEqual([]);
});

test('cancel mid-upload stops the transfer and deletes the record it created', async ({ demoPage }) => {
  test.setTimeout(120_000);
  const file = makeRaw(dir, 'cancel.raw', 256);
  const create = new CreateImagePage(demoPage);
  const name = track('cancel');
  await create.throttleUpload(2 * MiB);
  await create.goto();
  await create.chooseFile(file);
  await expect(create.diskFormat).toHaveValue('raw');
  await create.name.fill(name);
  await create.submit();

  await expect.poll(async () => Number(await create.uploadProgress.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  const [record] = await glance.findByName(name);
  // glance-direct: Glance marks the image uploading while the file goes to its staging area
  expect(['queued', 'uploading']).toContain(record?.status);
  expect(Number(await create.uploadProgress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await demoPage.getByRole('button', { name: 'Cancel upload' }).click();

  await expect(demoPage.getByText('Upload cancelled. The image record was deleted.')).toBeVisible();
  await expect(create.name).toHaveValue(name);
  expect(await glance.getImage(record!.id)).toBeUndefined();
  expect(await glance.findByName(name)).toEqual([]);
});

test('a failed upload shows the image queued with Retry and Delete; Retry finishes it', async ({ demoPage }) => {
  const create = new CreateImagePage(demoPage);
  const name = track('retry');
  // the first upload request dies as if the connection were reset; the retry goes through
  await demoPage.route('**/api/uploads/**', (route) => route.abort('connectionreset'), { times: 1 });
  await create.goto();
  await create.chooseFile(smallQcow2);
  await create.name.fill(name);
  await create.submit();

  await expect(demoPage.getByText('The upload did not finish')).toBeVisible();
  await expect(demoPage.getByText('The connection to Iris was lost during the upload.')).toBeVisible();
  await expect(demoPage.getByRole('button', { name: 'Retry upload' })).toBeVisible();
  await expect(demoPage.getByRole('button', { name: 'Delete image' })).toBeVisible();
  await expect(create.status).toHaveText('queued');
  expect((await glance.findByName(name))[0]?.status).toBe('queued');

  await demoPage.getByRole('button', { name: 'Retry upload' }).click();
  // staged, then imported by Glance's own task: as its siblings, up to 60 s on a loaded machine
  await expect(create.status).toHaveText('active', { timeout: 60_000 });
  await expect(demoPage.getByTestId('staged-size')).toContainText('✓ Glance received all of your file at staging');
  const { md5 } = rawDigestsOf(smallQcow2);
  await expect(create.checksumRow('MD5').stored).toHaveText(md5);
  expect((await glance.findByName(name))[0]?.checksum).toBe(md5);
});

test('when the browser dies mid-upload, Glance puts the image back to queued and its upload page finishes it', async ({ demoPage, browser }) => {
  test.setTimeout(120_000);
  const file = makeQcow2(dir, 'dies.qcow2', 16);
  const create = new CreateImagePage(demoPage);
  const name = track('dies');
  await create.throttleUpload(1 * MiB);
  await create.goto();
  await create.chooseFile(file);
  await create.name.fill(name);
  await create.submit();
  await expect.poll(async () => Number(await create.uploadProgress.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  const [record] = await glance.findByName(name);
  // Iris checks the project's quota before it forwards a byte: wait until Glance is receiving the file
  await expect.poll(async () => (await glance.getImage(record!.id))?.status, { timeout: 30_000 }).toBe('uploading');
  await demoPage.context().close();

  await expect.poll(async () => (await glance.getImage(record!.id))?.status, { timeout: 60_000 }).toBe('queued');
  const page = await (await browser.newContext({ storageState: 'e2e/.auth/demo.json' })).newPage();
  await page.goto(`/images/${record!.id}/upload`);
  await page.getByLabel('Image file').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByTestId('image-status')).toHaveText('active', { timeout: 60_000 });
  expect((await glance.getImage(record!.id))?.checksum).toBe(rawDigestsOf(file).md5);
  await page.context().close();
});

test.describe('upload page of an existing image', () => {
  test('a queued image left behind (browser closed) gets its data there, checked against a pasted checksum', async ({ demoPage }) => {
    const name = track('queued');
    const image = await glance.createImage({ name, disk_format: 'qcow2' });
    await demoPage.goto(`/images/${image.id}/upload`);
    await expect(demoPage.getByRole('heading', { name: 'Upload image data' })).toBeVisible();
    await expect(demoPage.getByText('No data yet.')).toBeVisible();
    await demoPage.getByLabel('Image file').setInputFiles(smallQcow2);
    await demoPage.getByLabel('Expected checksum (optional)').fill(digestOf('md5sum', smallQcow2));
    await demoPage.getByRole('button', { name: 'Upload', exact: true }).click();

    await expect(demoPage.getByTestId('image-status')).toHaveText('active', { timeout: 60_000 }); // staged, imported and converted by Glance's own task
    const create = new CreateImagePage(demoPage);
    // converted to raw on import: the pasted checksum (the publisher's, of the qcow2) is compared with the file
    await expect(demoPage.getByRole('region', { name: 'Your file against the pasted checksum' })).toBeVisible();
    await expect(create.checksumRow('Pasted MD5').verdict).toHaveText('✓ Match');
    await expect(create.checksumRow('MD5').stored).toHaveText(rawDigestsOf(smallQcow2).md5);
    expect((await glance.getImage(image.id))?.checksum).toBe(rawDigestsOf(smallQcow2).md5);
  });

  test('a mismatching pasted checksum is shown loudly', async ({ demoPage }) => {
    const image = await glance.createImage({ name: track('mismatch'), disk_format: 'qcow2' });
    await demoPage.goto(`/images/${image.id}/upload`);
    await demoPage.getByLabel('Image file').setInputFiles(smallQcow2);
    await demoPage.getByLabel('Expected checksum (optional)').fill('0'.repeat(32));
    await demoPage.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect(demoPage.getByRole('alert').filter({ hasText: 'Checksum MISMATCH' })).toBeVisible();
    await expect(new CreateImagePage(demoPage).checksumRow('Pasted MD5').verdict).toHaveText('✗ MISMATCH');
  });

  test('Delete removes a queued record, even one created protected', async ({ demoPage }) => {
    const image = await glance.createImage({ name: track('delete'), protected: true });
    await demoPage.goto(`/images/${image.id}/upload`);
    await demoPage.getByRole('button', { name: 'Delete image' }).click();
    await expect(demoPage.getByText('Image deleted.')).toBeVisible();
    await demoPage.waitForURL('**/images');
    expect(await glance.getImage(image.id)).toBeUndefined();
  });

  test('an image that already has data shows its checksums instead of a file picker', async ({ demoPage }) => {
    const image = await glance.createImage({ name: track('active') });
    await glance.upload(image.id, new Uint8Array(4096).fill(1));
    await demoPage.goto(`/images/${image.id}/upload`);
    await expect(demoPage.getByText('This image already has its data')).toBeVisible();
    await expect(demoPage.getByLabel('Image file')).toHaveCount(0);
    await expect(new CreateImagePage(demoPage).checksumRow('MD5').stored).toHaveText((await glance.getImage(image.id))!.checksum as string);
  });
});

/** A raw HTTP PUT to the upload route, to check what it refuses before reading a byte. */
function putRaw(port: number, pathName: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathName, method: 'PUT', headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.flushHeaders();
    if (!headers['content-length']) req.end('x');
  });
}

test('the upload route checks session, origin, image ID and size before reading the body', async ({ demoPage, baseURL }) => {
  const { port, origin } = new URL(baseURL!);
  await demoPage.goto('/images/create');
  const session = (await demoPage.context().cookies()).find((c) => c.name === 'iris_session')!;
  const cookie = `${session.name}=${session.value}`;
  const image = await glance.createImage({ name: track('route') });
  const url = `/api/uploads/${image.id}`;
  const json = (body: string) => JSON.parse(body) as { error: { message: string } };

  const noSession = await putRaw(Number(port), url, { origin, 'content-length': '1' });
  expect(noSession.status).toBe(401);
  const foreign = await putRaw(Number(port), url, { cookie, origin: 'http://evil.example', 'content-length': '1' });
  expect(foreign.status).toBe(403);
  expect(json(foreign.body).error.message).toBe('Uploads are accepted only from Iris’s own pages.');
  const badId = await putRaw(Number(port), '/api/uploads/not-a-uuid', { cookie, origin, 'content-length': '1' });
  expect(badId.status).toBe(400);
  const chunked = await putRaw(Number(port), url, { cookie, origin, 'transfer-encoding': 'chunked' });
  expect(chunked.status).toBe(411);
  const huge = await putRaw(Number(port), url, { cookie, origin, 'content-length': String(30 * 1024 ** 3) });
  expect(huge.status).toBe(413);
  expect(json(huge.body).error.message).toBe('This file is 30.0 GiB; this cloud accepts image files up to 25.0 GiB.');
  expect((await glance.getImage(image.id))?.status).toBe('queued');

  await glance.upload(image.id, new Uint8Array(16).fill(2));
  const again = await demoPage.request.put(url, { headers: { origin, 'content-type': 'application/octet-stream' }, data: Buffer.alloc(16, 3) });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toBe('This image already has its data. Glance takes data only once: create a new image for this file.');
});

test('public visibility is offered to administrators only', async ({ demoPage, adminPage }) => {
  await new CreateImagePage(demoPage).goto();
  const visibility = (page: typeof demoPage) => page.getByRole('radiogroup', { name: 'Visibility' }).getByRole('radio');
  await expect(visibility(demoPage)).toHaveCount(3);
  await expect(demoPage.getByRole('radio', { name: /^Public/ })).toHaveCount(0);
  await new CreateImagePage(adminPage).goto();
  await expect(adminPage.getByRole('radio', { name: /^Public/ })).toHaveCount(1);
});

test('the create page has no serious accessibility violations', async ({ demoPage }) => {
  const create = new CreateImagePage(demoPage);
  await create.goto();
  await create.chooseFile(smallQcow2);
  await expect(demoPage.getByTestId('browser-hashes')).toBeVisible();
  const results = await new AxeBuilder({ page: demoPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});

test('a URL Glance’s allow-list refuses gives a message by the field and leaves no image', async ({ demoPage }) => {
  const create = new CreateImagePage(demoPage);
  const name = track('refused-url');
  await create.goto();
  await create.chooseSource('Import from a URL');
  await create.url.fill('http://127.0.0.1:8090/image.qcow2');
  await create.name.fill(name);
  await create.diskFormat.selectOption('qcow2');
  await create.submit();
  await expect(create.fieldError('url')).toContainText('Glance refused this URL');
  expect(await glance.findByName(name)).toEqual([]);
});

// Glance's web-download may fetch only from 127.0.0.1:<webDownloadPort> here: one server, one test at a time.
test.describe('import from a URL', () => {
  test.describe.configure({ mode: 'serial' });
  let served: Awaited<ReturnType<typeof serveFile>>;
  let source: string;

  test.beforeAll(async () => {
    // raw: the local Glance converts every import to raw (image_conversion), which leaves a raw
    // source's bytes and checksum as they are; a qcow2 would be stored converted
    source = makeRaw(dir, 'served.raw', 2);
    served = await serveFile(source, webDownloadPort);
  });
  test.afterAll(async () => served?.close());

  test('web-download from 127.0.0.1 reaches active and matches the pasted checksum', async ({ demoPage }) => {
    test.setTimeout(90_000);
    const create = new CreateImagePage(demoPage);
    const name = track('url');
    await create.goto();
    await create.chooseSource('Import from a URL');
    await create.url.fill(served.url);
    // name and format suggested from the URL's file name
    await expect(create.name).toHaveValue('served');
    await expect(create.diskFormat).toHaveValue('raw');
    await create.expectedHash.fill(digestOf('sha512sum', source));
    await create.name.fill(name);
    await create.submit();

    await expect(demoPage.getByTestId('image-status')).toBeVisible();
    await expect(create.status).toHaveText('active', { timeout: 60_000 });
    await expect(create.checksumRow('Pasted SHA512').verdict).toHaveText('✓ Match');
    await expect(create.checksumRow('MD5').stored).toHaveText(digestOf('md5sum', source));
    const [image] = await glance.findByName(name);
    expect(image).toMatchObject({ status: 'active', checksum: digestOf('md5sum', source), disk_format: 'raw' });
  });

  test('a URL that answers 404 shows the failed import with Retry and Delete; Delete leaves nothing', async ({ demoPage }) => {
    const create = new CreateImagePage(demoPage);
    const name = track('url-404');
    await create.goto();
    await create.chooseSource('Import from a URL');
    await create.url.fill(served.url.replace('served.raw', 'missing.qcow2'));
    await create.name.fill(name);
    await create.diskFormat.selectOption('qcow2');
    await create.submit();

    await expect(demoPage.getByText('Glance could not download the file')).toBeVisible({ timeout: 30_000 });
    await expect(demoPage.getByRole('button', { name: 'Retry import' })).toBeVisible();
    const [image] = await glance.findByName(name);
    expect(image?.status).toBe('queued');
    await demoPage.getByRole('button', { name: 'Delete image' }).click();
    await expect(demoPage.getByText('Image deleted.')).toBeVisible();
    expect(await glance.getImage(image!.id)).toBeUndefined();
  });
});
