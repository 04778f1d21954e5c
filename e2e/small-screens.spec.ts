import type { Page, TestInfo } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { test, expect } from './fixtures';
import { ImagesPage, type TabName } from './pages/images-page';
import { stack } from './support/env';
import { Glance, uniqueName } from './support/openstack';

// Every page at a phone's width (390 px): nothing may make the whole page scroll sideways, and
// the parts a new user found cut off stay readable. Each page is also shot at 1360 and 390 px
// (attached to the report) for a person to look at.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1360, height: 900 };
const TABS: TabName[] = ['Project', 'Official', 'Shared with me', 'Public', 'Community', 'All'];

// many page loads and full-page shots per test, on a machine shared with other runs
test.describe.configure({ timeout: 180_000 });

async function expectNoSidewaysScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${label}: page width at 390 px`).toBeLessThanOrEqual(PHONE.width);
}

/** Full-page shots at both widths, kept in the test's output folder (test-results/) to look at. */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage: true });
  }
}

/** Visit a page at 390 px, check its width, and shoot it at both widths. */
async function visit(page: Page, testInfo: TestInfo, path: string, ready: (page: Page) => Promise<void>) {
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await ready(page);
  await expectNoSidewaysScroll(page, path);
  await shoot(page, testInfo, path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root');
  await page.setViewportSize(PHONE);
}

const heading = (name: RegExp | string) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

test.describe('at 390 px', () => {
  let demo: Glance;
  let shared: { id: string; name: string };
  let queued: { id: string; name: string };

  test.beforeAll(async () => {
    demo = await Glance.as('demo');
    // a long name without spaces, a member project and custom properties: the widest realistic content
    shared = await demo.createImage({ name: uniqueName('narrow-a-rather-long-image-name-without-spaces'), visibility: 'shared', hw_disk_bus: 'virtio' });
    await demo.upload(shared.id, randomBytes(4096));
    expect((await demo.addMember(shared.id, stack.projects.alt)).status).toBe(200);
    queued = await demo.createImage({ name: uniqueName('narrow-queued') });
  });
  test.afterAll(async () => {
    await demo.deleteImage(shared.id);
    await demo.deleteImage(queued.id);
  });

  test('the list, every tab: no sideways scroll, every tab on screen', async ({ demoPage }, testInfo) => {
    test.slow(); // six list pages, each shot twice
    const images = new ImagesPage(demoPage);
    for (const tab of TABS) {
      await demoPage.setViewportSize(PHONE);
      await images.goto(tab === 'Project' ? '' : `?tab=${{ Official: 'official', 'Shared with me': 'shared', Public: 'public', Community: 'community', All: 'all' }[tab]}`);
      await expect(images.tab(tab)).toHaveAttribute('aria-current', 'page');
      await expectNoSidewaysScroll(demoPage, `/images ${tab}`);
      // the tabs wrap instead of hiding off-screen: each one is fully visible and clickable
      for (const other of TABS) {
        const box = (await images.tab(other).boundingBox())!;
        expect(box.x, `${other} tab`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${other} tab`).toBeLessThanOrEqual(PHONE.width);
      }
      await expect(demoPage.getByRole('link', { name: 'Create image', exact: true })).toBeInViewport();
      await expectPlaceholderFits(demoPage.getByLabel('Name contains'));
      await shoot(demoPage, testInfo, `images-${tab.replace(/ /g, '-')}`);
    }
    // reachable by a tap at this width
    await demoPage.setViewportSize(PHONE);
    await images.goto();
    await images.openTab('Community');
    await images.openTab('All');
  });

  test('details, edit, sharing, upload and create', async ({ demoPage }, testInfo) => {
    await visit(demoPage, testInfo, `/images/${shared.id}`, heading(shared.name));
    await visit(demoPage, testInfo, `/images/${shared.id}/edit`, heading(`Edit “${shared.name}”`));
    // property inputs: the placeholder of a new row fits its input (hw_disk_bus is in its metadata catalog field, so the new row is the first)
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    await expectPlaceholderFits(demoPage.getByLabel('Property 1 key', { exact: true }));
    await expectPlaceholderFits(demoPage.getByLabel('Property 1 value', { exact: true }));
    await expectNoSidewaysScroll(demoPage, 'edit with a new property row');

    await visit(demoPage, testInfo, `/images/${shared.id}/sharing`, heading(/^Sharing/));
    const row = demoPage.locator(`[data-testid="member-row"][data-project-id="${stack.projects.alt}"]`);
    const status = row.getByText('Pending', { exact: true });
    await expect(status).toBeVisible();
    // the member table fits: its Status is not cut off behind an inner scroll
    const table = demoPage.getByRole('table', { name: 'Member projects' });
    const fits = await table.evaluate((element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth);
    expect(fits, 'member table needs no sideways scroll').toBe(true);
    const [statusBox, tableBox] = [(await status.boundingBox())!, (await table.boundingBox())!];
    expect(statusBox.x + statusBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
    await expect(row.getByRole('button', { name: /^Remove / })).toBeInViewport();
    await expectPlaceholderFits(demoPage.getByLabel('Project name or ID'));

    await visit(demoPage, testInfo, `/images/${queued.id}/upload`, heading('Upload image data'));
    await visit(demoPage, testInfo, '/images/create', heading('Create image'));
    await expectPlaceholderFits(demoPage.getByLabel('Property 1 key', { exact: true }));
    await expectPlaceholderFits(demoPage.getByLabel('Property 1 value', { exact: true }));
    // the form-level alert after a refused submit reads as a line, not a column of single words
    await demoPage.getByRole('button', { name: 'Create and upload' }).click();
    const alert = demoPage.getByRole('alert').filter({ hasText: 'Some fields need your attention.' });
    await expect(alert).toBeVisible();
    const alertBox = (await alert.boundingBox())!;
    expect(alertBox.width, 'alert width').toBeGreaterThan(250);
    expect(alertBox.height, 'alert height (one or two lines)').toBeLessThan(70);
    await expectNoSidewaysScroll(demoPage, 'create with errors');
    await shoot(demoPage, testInfo, 'create-refused');
  });

  test('admin: the admin page and another project’s image', async ({ adminPage }, testInfo) => {
    await visit(adminPage, testInfo, '/admin/images', heading('All images'));
    await expect(adminPage.getByRole('table', { name: 'Images of all projects' })).toBeVisible();
    await expectNoSidewaysScroll(adminPage, '/admin/images with its table');
    for (const sub of ['', '/edit', '/sharing']) {
      await visit(adminPage, testInfo, `/images/${shared.id}${sub}`, async (page) => {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
      // the header keeps Sign out on screen, whatever the project name
      await expect(adminPage.getByRole('button', { name: 'Sign out' })).toBeInViewport({ ratio: 1 });
    }
  });
});

/** The input is at least as wide as its placeholder text (plus its padding). */
async function expectPlaceholderFits(input: import('@playwright/test').Locator) {
  const room = await input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(element.placeholder).width;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return { placeholder: element.placeholder, text, available: element.clientWidth - padding };
  });
  expect(room.placeholder).not.toBe('');
  expect(room.text, `placeholder “${room.placeholder}” (${Math.round(room.text)} px) fits ${Math.round(room.available)} px`).toBeLessThanOrEqual(room.available);
}
