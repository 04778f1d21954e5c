import { test, expect } from './fixtures';
import { ImagesPage } from './pages/images-page';
import { irisPort } from './support/env';
import { IrisServer } from './support/iris-server';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

/**
 * Substring search answered from the project's name index (lib/data/name-index.ts), on an Iris of
 * its own whose index takes changes at most every REFRESH_SECONDS: hits come from the index, every
 * row shown is Glance's current record, and one project's index never answers another project.
 */
const REFRESH_SECONDS = 2;
let iris: IrisServer;
let demo: Glance;
let alt: Glance;
const created: { glance: Glance; image: GlanceImage }[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  iris = await new IrisServer(irisPort + 50, { NAME_INDEX_REFRESH_SECONDS: String(REFRESH_SECONDS) }).start();
  demo = await Glance.as('demo');
  alt = await Glance.as('alt');
});

test.afterAll(async () => {
  for (const { glance, image } of created) await glance.deleteImage(image.id);
  await iris?.stop();
});

async function create(glance: Glance, name: string, fields: Record<string, unknown> = {}) {
  const image = await glance.createImage({ name, ...fields });
  created.push({ glance, image });
  return image;
}

/**
 * Search until the page says the project's name index answered (the first search of a project
 * starts building it and reads the list itself), then return the names shown.
 */
async function searchFromIndex(images: ImagesPage, q: string): Promise<string[]> {
  await expect(async () => {
    await images.goto(`?tab=all&q=${encodeURIComponent(q)}`);
    await expect(images.searchNote()).toContainText('name index of', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  return images.names();
}

test('a search finds an image on a later page from the warm name index', async ({ demoPage }) => {
  test.slow(); // 27 images to create
  const prefix = uniqueName('index');
  const needle = `${prefix}-Needle`;
  // oldest first: newest-first, the needle sits past the first page of 25
  await create(demo, needle);
  for (let i = 0; i < 26; i += 1) await create(demo, `${prefix}-hay-${i}`);
  const images = new ImagesPage(demoPage, iris.url);
  await images.goto();
  expect(await images.names()).not.toContain(needle);
  await expect(images.nextLink()).toBeVisible();

  expect(await searchFromIndex(images, `${prefix.slice(-8)}-nEEDLE`)).toEqual([needle]);
  // the page a user reaches by typing in the box says the same
  await images.goto();
  await images.search(`${prefix.slice(-8)}-needle`);
  expect(await images.names()).toEqual([needle]);
  await expect(images.searchNote()).toContainText('name index of');
});

test('an image renamed or deleted through Glance is found by its new name, and a deleted one disappears', async ({ demoPage }) => {
  test.slow(); // six searches, one of them repeated until the index has taken the rename
  const prefix = uniqueName('rename');
  const renamed = await create(demo, `${prefix}-before`);
  const deleted = await create(demo, `${prefix}-doomed`);
  const images = new ImagesPage(demoPage, iris.url);
  // the index is warm from the test before: it takes the two new images within the refresh interval
  await expect(async () => {
    expect(await searchFromIndex(images, prefix)).toEqual(expect.arrayContaining([`${prefix}-before`, `${prefix}-doomed`]));
  }).toPass({ timeout: 30_000 });

  const patch = await demo.request('PATCH', `/v2/images/${renamed.id}`, [{ op: 'replace', path: '/name', value: `${prefix}-after` }], 'application/openstack-images-v2.1-json-patch');
  expect(patch.status).toBe(200);
  await demo.deleteImage(deleted.id);

  // within the refresh interval the index has the new name; the deleted hit is dropped when Glance re-reads it
  await expect(async () => {
    expect(await searchFromIndex(images, `${prefix}-after`)).toEqual([`${prefix}-after`]);
  }).toPass({ timeout: 30_000 });
  expect(await searchFromIndex(images, `${prefix}-before`)).toEqual([]);
  expect(await searchFromIndex(images, `${prefix}-doomed`)).toEqual([]);
  expect(await searchFromIndex(images, prefix)).toEqual([`${prefix}-after`]);
  // Glance agrees
  expect((await demo.getImage(renamed.id))?.name).toBe(`${prefix}-after`);
  expect(await demo.getImage(deleted.id)).toBeUndefined();
});

test("a user of one project never sees another project's private image, even from a warm index", async ({ demoPage, altPage }) => {
  test.slow(); // ten page views
  const prefix = uniqueName('private');
  const secret = await create(alt, `${prefix}-alt-secret`);
  const mine = await create(demo, `${prefix}-demo-own`);
  // alt's index is warm and holds the image
  const altImages = new ImagesPage(altPage, iris.url);
  // (an index warm from an earlier test takes a new image within the refresh interval)
  await expect(async () => expect(await searchFromIndex(altImages, prefix)).toEqual([`${prefix}-alt-secret`])).toPass({ timeout: 30_000 });

  // demo, same Iris, searches warm: its own image only, on every tab, by name or by ID
  const demoImages = new ImagesPage(demoPage, iris.url);
  await expect(async () => expect(await searchFromIndex(demoImages, prefix)).toEqual([`${prefix}-demo-own`])).toPass({ timeout: 30_000 });
  for (const tab of ['project', 'shared', 'public', 'community']) {
    await demoImages.goto(`?tab=${tab}&q=${encodeURIComponent(prefix)}`);
    expect(await demoImages.names(), tab).not.toContain(`${prefix}-alt-secret`);
  }
  expect(await searchFromIndex(demoImages, secret.id)).toEqual([]);
  expect(await searchFromIndex(demoImages, mine.id)).toEqual([`${prefix}-demo-own`]);
  // Glance agrees: demo's token cannot read it, alt's can
  expect(await demo.getImage(secret.id)).toBeUndefined();
  expect((await alt.getImage(secret.id))?.visibility).toBe('private');
});
