import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ImageDetailsPage } from './pages/image-details-page';
import { Glance, uniqueName } from './support/openstack';

test.describe('download', () => {
  let glance: Glance;
  let id: string;
  let name: string;
  const bytes = randomBytes(300 * 1024 + 7);

  test.beforeEach(async () => {
    glance = await Glance.as('demo');
    name = uniqueName('download');
    id = (await glance.createImage({ name, disk_format: 'raw' })).id;
    await glance.upload(id, bytes);
  });
  test.afterEach(async () => glance.deleteImage(id));

  test('the Download button streams the data: sha512 equals os_hash_value, name is <name>.<format>', async ({ demoPage }) => {
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    const downloading = demoPage.waitForEvent('download');
    await demoPage.getByRole('link', { name: 'Download', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${name}.raw`);
    const file = await readFile((await download.path())!);
    const image = await glance.getImage(id);
    expect(image?.os_hash_algo).toBe('sha512');
    expect(createHash('sha512').update(file).digest('hex')).toBe(image?.os_hash_value);
    expect(file.length).toBe(bytes.length);
  });

  test('the file route streams the whole file, answers ranges with 206 and refuses the rest', async ({ demoPage, page }) => {
    const url = `/api/images/${id}/file`;
    const full = await demoPage.request.get(url);
    expect(full.status()).toBe(200);
    expect((await full.body()).equals(bytes)).toBe(true);
    expect(full.headers()['content-type']).toBe('application/octet-stream');
    expect(full.headers()['accept-ranges']).toBe('bytes');
    expect(full.headers()['content-length']).toBe(String(bytes.length));
    expect(full.headers()['content-disposition']).toBe(`attachment; filename="${name}.raw"`);

    const first = await demoPage.request.get(url, { headers: { range: 'bytes=0-1023' } });
    expect(first.status()).toBe(206);
    expect(first.headers()['content-range']).toBe(`bytes 0-1023/${bytes.length}`);
    const part = await first.body();
    expect(part.length).toBe(1024);
    expect(first.headers()['content-length']).toBe('1024');
    expect(part.equals(bytes.subarray(0, 1024))).toBe(true);

    // resume from an offset, guarded by If-Range with the ETag the first answer gave
    const etag = full.headers()['etag']!;
    const rest = await demoPage.request.get(url, { headers: { range: `bytes=${bytes.length - 100}-`, 'if-range': etag } });
    expect(rest.status()).toBe(206);
    expect((await rest.body()).equals(bytes.subarray(bytes.length - 100))).toBe(true);
    const stale = await demoPage.request.get(url, { headers: { range: 'bytes=0-9', 'if-range': '"other"' } });
    expect(stale.status()).toBe(200);

    const beyond = await demoPage.request.get(url, { headers: { range: `bytes=${bytes.length + 10}-` } });
    expect(beyond.status()).toBe(416);
    expect(beyond.headers()['content-range']).toBe(`bytes */${bytes.length}`);

    const crossSite = await demoPage.request.get(url, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status()).toBe(403);
    // a cross-origin fetch() names its Origin: refused; Iris's own origin is fine
    const crossOrigin = await demoPage.request.get(url, { headers: { origin: 'http://evil.example' } });
    expect(crossOrigin.status()).toBe(403);
    expect((await crossOrigin.json()).error.message).toBe('Downloads must start from Iris itself.');
    const sameOrigin = await demoPage.request.get(url, { headers: { origin: new URL(test.info().project.use.baseURL!).origin } });
    expect(sameOrigin.status()).toBe(200);
    const anonymous = await page.request.get(url);
    expect(anonymous.status()).toBe(401);
    const junk = await demoPage.request.get('/api/images/not-a-uuid/file');
    expect(junk.status()).toBe(400);
    const head = await demoPage.request.head(url);
    expect(head.status()).toBe(200);
    expect(head.headers()['etag']).toBe(etag);
    expect(head.headers()['content-length']).toBe(String(bytes.length));
  });

  test('another project cannot download a private image', async ({ altPage }) => {
    const res = await altPage.request.get(`/api/images/${id}/file`);
    expect(res.status()).toBe(404);
  });
});
