import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ImagesPage, type TabName } from './pages/images-page';
import { stack } from './support/env';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

const SEEDED = [
  'official-debian-qcow2',
  'official-raw-disk',
  'admin-public-cirros',
  'demo-private',
  'demo-protected',
  'demo-shared',
  'lab-private',
  'alt-private',
  'alt-community',
] as const;
type Seeded = (typeof SEEDED)[number];

/** Seeded names each tab must show (every other seeded name must be absent). */
const EXPECTED: Record<'demo' | 'alt' | 'admin', Record<TabName, Seeded[]>> = {
  demo: {
    Project: ['demo-private', 'demo-protected', 'demo-shared'],
    Official: ['official-debian-qcow2', 'official-raw-disk'],
    'Shared with me': [], // demo-shared is demo's own: Glance lists it under visibility=shared, Iris must not
    Public: ['admin-public-cirros'],
    Community: ['alt-community'],
    All: ['official-debian-qcow2', 'official-raw-disk', 'admin-public-cirros', 'demo-private', 'demo-protected', 'demo-shared'],
  },
  alt: {
    Project: ['alt-private', 'alt-community'],
    Official: ['official-debian-qcow2', 'official-raw-disk'],
    'Shared with me': [], // demo-shared waits under Pending invitations until accepted
    Public: ['admin-public-cirros'],
    Community: ['alt-community'],
    All: ['official-debian-qcow2', 'official-raw-disk', 'admin-public-cirros', 'alt-private', 'alt-community'],
  },
  admin: {
    Project: ['admin-public-cirros'],
    Official: ['official-debian-qcow2', 'official-raw-disk'],
    'Shared with me': [], // Glance lists every shared image for admins: Iris checks membership
    Public: ['admin-public-cirros'],
    Community: ['alt-community'],
    All: ['official-debian-qcow2', 'official-raw-disk', 'admin-public-cirros', 'demo-private', 'demo-protected', 'demo-shared', 'lab-private', 'alt-private'],
  },
};

const TABS: TabName[] = ['Project', 'Official', 'Shared with me', 'Public', 'Community', 'All'];
const TAB_PARAM: Record<TabName, string> = { Project: 'project', Official: 'official', 'Shared with me': 'shared', Public: 'public', Community: 'community', All: 'all' };

async function expectSeededExactly(images: ImagesPage, expected: Seeded[], label: string) {
  const { names, ids } = await images.allRows();
  const seededShown = names.filter((name): name is Seeded => (SEEDED as readonly string[]).includes(name));
  expect(seededShown.sort(), label).toEqual([...expected].sort());
  // marker paging must not repeat a row across pages
  expect(new Set(ids).size, `${label}: repeated rows`).toBe(ids.length);
}

for (const user of ['demo', 'alt', 'admin'] as const) {
  test(`each tab shows exactly the right seeded images for ${user}`, async ({ demoPage, altPage, adminPage }) => {
    test.slow(); // six lists, each read to its end
    const page = { demo: demoPage, alt: altPage, admin: adminPage }[user];
    const images = new ImagesPage(page);
    await images.goto('?limit=100');
    for (const tab of TABS) {
      await images.openTab(tab);
      await expect(page).toHaveURL(tab === 'Project' ? /\/images\?limit=100$/ : new RegExp(`tab=${TAB_PARAM[tab]}`));
      await expectSeededExactly(images, EXPECTED[user][tab], `${user} / ${tab}`);
    }
  });
}

test.describe('sharing, consumer side', () => {
  let owner: Glance;
  let created: GlanceImage[] = [];

  test.beforeEach(async () => {
    owner = await Glance.as('demo');
    created = [];
  });

  test.afterEach(async () => {
    for (const image of created) await owner.deleteImage(image.id);
  });

  async function shareWithAlt(prefix: string) {
    const image = await owner.createImage({ name: uniqueName(prefix), visibility: 'shared' });
    created.push(image);
    expect((await owner.addMember(image.id, stack.projects.alt)).status).toBe(200);
    return image;
  }

  async function memberStatus(image: GlanceImage) {
    return (await owner.listMembers(image.id)).find((m) => m.member_id === stack.projects.alt)?.status;
  }

  test('alt sees the pending invitation, accepts it, then finds it under Shared with me', async ({ altPage }) => {
    const image = await shareWithAlt('accept');
    const images = new ImagesPage(altPage);
    await images.goto('?tab=shared&limit=100');
    await expect(images.row(image.name)).toHaveCount(0);
    // the header says invitations wait, and leads to them
    await altPage.getByTestId('pending-invitations').click();
    await expect(altPage).toHaveURL(/tab=shared&share=pending/);
    await images.settled();
    await expect(images.row(image.name)).toBeVisible();
    await expect(images.row('demo-shared')).toBeVisible();

    await images.shareButton('Accept', image.name).click();
    await expect(altPage.getByText(`${image.name}: Accepted`)).toBeVisible({ timeout: 30_000 });
    await expect(images.row(image.name)).toHaveCount(0);
    expect(await memberStatus(image)).toBe('accepted');

    await images.openShareState('Accepted');
    await expect(images.row(image.name)).toBeVisible();
    // alt cannot read demo's project in Keystone: the owner falls back to its ID
    await expect(images.row(image.name).getByRole('cell').first().locator(`[title="${stack.projects.demo}"]`)).toBeVisible();
  });

  test('alt rejects an invitation, finds it under Rejected and restores it', async ({ altPage }) => {
    const image = await shareWithAlt('reject');
    const images = new ImagesPage(altPage);
    await images.goto('?tab=shared&share=pending&limit=100');
    await images.shareButton('Reject', image.name).click();
    await expect(altPage.getByText(`${image.name}: Rejected`)).toBeVisible({ timeout: 30_000 });
    await expect(images.row(image.name)).toHaveCount(0);
    expect(await memberStatus(image)).toBe('rejected');

    await images.openShareState('Rejected');
    await expect(images.row(image.name)).toBeVisible();
    await images.shareButton('Restore', image.name).click();
    await expect(altPage.getByText(`${image.name}: Moved back to pending`)).toBeVisible({ timeout: 30_000 });
    await expect(images.row(image.name)).toHaveCount(0);
    expect(await memberStatus(image)).toBe('pending');
    await images.openShareState('Pending invitations');
    await expect(images.row(image.name)).toBeVisible();
  });
});

test.describe('search, paging, sort and filters', () => {
  let demo: Glance;
  let created: GlanceImage[] = [];

  test.beforeEach(async () => {
    demo = await Glance.as('demo');
    created = [];
  });

  test.afterEach(async () => {
    for (const image of created) await demo.deleteImage(image.id);
  });

  async function createMany(prefix: string, count: number, fields: (i: number) => Record<string, unknown> = () => ({})) {
    for (let i = 0; i < count; i += 1) created.push(await demo.createImage({ name: `${prefix}-${String(i).padStart(2, '0')}`, ...fields(i) }));
  }

  /** What Glance itself answers for a query (names in order), as demo. */
  async function glanceNames(query: string): Promise<string[]> {
    const res = await demo.request('GET', `/v2/images?${query}`);
    return (res.body as { images: GlanceImage[] }).images.map((image) => image.name);
  }

  test('substring search finds an image that sits on a later page', async ({ demoPage }) => {
    test.slow(); // 12 images to create
    const prefix = uniqueName('search');
    const needle = `Haystack-NEEDLE-${prefix.slice(-5)}`;
    // oldest first: with the default newest-first order the needle is past the first page
    created.push(await demo.createImage({ name: `${prefix}-${needle}` }));
    await createMany(prefix, 11);
    const images = new ImagesPage(demoPage);
    await images.goto('?limit=10');
    expect(await images.names()).not.toContain(`${prefix}-${needle}`);
    await expect(images.nextLink()).toBeVisible();

    await images.search(needle.toLowerCase().slice(9)); // "needle-xxxxx": a middle part, other case
    expect(await images.names()).toEqual([`${prefix}-${needle}`]);
    await expect(demoPage.getByTestId('search-note')).toContainText('any case');
    // Glance alone cannot: its name filter is exact
    expect(await glanceNames(`name=${encodeURIComponent(needle.toLowerCase().slice(9))}`)).toEqual([]);
    // the URL reproduces the view
    await demoPage.reload();
    await images.settled();
    expect(await images.names()).toEqual([`${prefix}-${needle}`]);
    await expect(demoPage.getByLabel('Name contains')).toHaveValue(needle.toLowerCase().slice(9));
  });

  test('paging and sort follow Glance', async ({ demoPage }) => {
    test.slow(); // 13 images to create, six views
    const tag = uniqueName('page');
    await createMany(tag, 13, () => ({ tags: [tag] }));
    const images = new ImagesPage(demoPage);
    await images.goto(`?tag=${tag}&limit=10&sort=name&dir=asc`);
    const sorted = await glanceNames(`tag=${tag}&sort_key=name&sort_dir=asc&limit=100`);
    expect(sorted).toHaveLength(13);
    expect(await images.names()).toEqual(sorted.slice(0, 10));
    await expect(images.previousLink()).toHaveCount(0);

    await images.next();
    expect(await images.names()).toEqual(sorted.slice(10));
    await expect(images.nextLink()).toHaveCount(0);
    await images.previous();
    expect(await images.names()).toEqual(sorted.slice(0, 10));

    // a click on the sorted column flips the direction, as Glance's sort_dir=desc
    await images.sortBy('Name', 'descending');
    expect(await images.names()).toEqual([...sorted].reverse().slice(0, 10));

    // page size
    await images.filter('Rows per page', '50');
    await expect(demoPage).toHaveURL(/limit=50/);
    expect(await images.names()).toEqual([...sorted].reverse());
  });

  test('filters change the rows as Glance says', async ({ demoPage }) => {
    test.slow(); // six views
    const tag = uniqueName('filter');
    await createMany(tag, 6, (i) => ({ tags: [tag], disk_format: i % 2 ? 'qcow2' : 'raw', protected: i === 0 }));
    await demo.upload(created[1]!.id, new Uint8Array(2048));
    await demo.upload(created[2]!.id, new Uint8Array(4096));
    const images = new ImagesPage(demoPage);
    await images.goto(`?tag=${tag}&sort=name&dir=asc`);
    const all = `tag=${tag}&sort_key=name&sort_dir=asc`;
    expect(await images.names()).toEqual(await glanceNames(all));

    await images.filter('Status', 'active');
    await expect(demoPage).toHaveURL(/status=active/);
    expect(await images.names()).toEqual(await glanceNames(`${all}&status=active`));
    expect(await images.names()).toHaveLength(2);

    await images.filter('Status', '');
    await images.filter('Disk format', 'qcow2');
    expect(await images.names()).toEqual(await glanceNames(`${all}&disk_format=qcow2`));
    expect(await images.names()).toHaveLength(3);

    await images.filter('Disk format', '');
    await images.filter('Protected', 'true');
    expect(await images.names()).toEqual([created[0]!.name]);
    await expect(images.row(created[0]!.name).locator('td[data-column="protected"]')).toHaveText('Yes');

    await images.filter('Protected', '');
    await images.filter('Visibility', 'shared');
    await expect(images.emptyState()).toContainText('No images match');
    await demoPage.getByRole('button', { name: 'Clear filters' }).click();
    await expect(demoPage).not.toHaveURL(/tag=/);
  });

  test('a created-date range narrows the list', async ({ demoPage }) => {
    const tag = uniqueName('dates');
    await createMany(tag, 2, () => ({ tags: [tag] }));
    const today = new Date().toISOString().slice(0, 10);
    const images = new ImagesPage(demoPage);
    await images.goto(`?tag=${tag}&from=${today}&to=${today}`);
    expect((await images.names()).sort()).toEqual(created.map((image) => image.name).sort());
    await images.goto(`?tag=${tag}&to=2020-01-01`);
    await expect(images.emptyState()).toContainText('No images match');
  });
});

test('a queued image turns active on screen, without a reload', async ({ demoPage }) => {
  const demo = await Glance.as('demo');
  const image = await demo.createImage({ name: uniqueName('live') });
  try {
    const images = new ImagesPage(demoPage);
    await images.goto(`?q=${image.name}`);
    await expect(images.status(image.name)).toContainText('queued');
    await demoPage.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await demo.upload(image.id, new Uint8Array(64 * 1024));
    await expect(images.status(image.name)).toContainText('active', { timeout: 20_000 });
    expect(await demoPage.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // and the rest of the row follows once settled (size came from the refreshed server page)
    await expect(images.row(image.name)).toContainText('64.0 KiB');
  } finally {
    await demo.deleteImage(image.id);
  }
});

test('Create image is the primary action at the top of the list, with images present, also at 390 px', async ({ demoPage }) => {
  test.slow(); // two list loads and two create pages
  for (const width of [1360, 390]) {
    await demoPage.setViewportSize({ width, height: 844 });
    const images = new ImagesPage(demoPage);
    await images.goto();
    expect((await images.ids()).length, 'demo has images').toBeGreaterThan(0);
    await expect(images.emptyState()).toHaveCount(0);
    const create = demoPage.getByRole('link', { name: 'Create image', exact: true });
    await expect(create).toBeVisible();
    await expect(create).toBeInViewport();
    // in the page header, above the lists
    const [createBox, tabsBox] = [await create.boundingBox(), await images.tabs().boundingBox()];
    expect(createBox!.y + createBox!.height, `${width} px`).toBeLessThanOrEqual(tabsBox!.y);
    await create.click();
    await expect(demoPage).toHaveURL(/\/images\/create$/);
    await expect(demoPage.getByRole('heading', { name: 'Create image', level: 1 })).toBeVisible();
    await expect(demoPage.getByLabel('Image file')).toBeAttached();
  }
});

test('a page link whose marker image is gone explains and offers the first page', async ({ demoPage }) => {
  const images = new ImagesPage(demoPage);
  await images.goto('?marker=00000000-0000-4000-8000-000000000000');
  await expect(images.errorState()).toContainText('The image this page started from no longer exists');
  await demoPage.getByRole('link', { name: 'Go to the first page' }).click();
  await expect(demoPage).toHaveURL(/\/images$/);
  await expect(images.table()).toBeVisible();
});

test('the images page has no serious accessibility violations', async ({ altPage }) => {
  test.slow(); // three pages, three scans
  const images = new ImagesPage(altPage);
  for (const query of ['', '?tab=shared&share=pending', '?tab=all&q=zzzz-nothing']) {
    await images.goto(query);
    const results = await new AxeBuilder({ page: altPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious, query || '/images').toEqual([]);
  }
});
