import type { Browser, Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { test, expect, AUTH_DIR } from './fixtures';
import { ImageDetailsPage } from './pages/image-details-page';
import { ImageSharingPage } from './pages/image-sharing-page';
import { ImagesPage } from './pages/images-page';
import { stack } from './support/env';
import { Glance, uniqueName } from './support/openstack';

// What a consumer needs to pick an image (OS, login user, how to connect) and to be shared with
// (their own project ID), against the real Keystone + Glance and the seeded official image
// official-debian-qcow2 (os_distro debian, os_version 12, default_user debian).

const PHONE = { width: 390, height: 844 };


async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** A signed-in page whose clipboard the test may read (what the user pasted elsewhere). */
async function clipboardPageAs(browser: Browser, user: 'alt' | 'demo'): Promise<Page> {
  const context = await browser.newContext({ storageState: `${AUTH_DIR}/${user}.json`, permissions: ['clipboard-read', 'clipboard-write'] });
  return context.newPage();
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('what a consumer needs', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the official image shows its OS and login user in columns the user chose, kept after a reload; its page says how to connect', async ({ demoPage }, testInfo) => {
    const consoleErrors: string[] = [];
    demoPage.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const list = new ImagesPage(demoPage);
    await list.goto('?tab=official&q=official-debian-qcow2');
    await expect(list.columnHeader('OS')).toHaveCount(0);
    await list.setColumn('OS', true);
    await list.setColumn('Login user', true);
    await list.setColumn('Size', false);
    await expect(list.cell('official-debian-qcow2', 'os')).toHaveText('debian 12');
    await expect(list.cell('official-debian-qcow2', 'login')).toHaveText('debian');
    expect(await seriousViolations(demoPage)).toEqual([]);
    await expectNoSidewaysScroll(demoPage);
    await demoPage.screenshot({ path: testInfo.outputPath('official-columns-390.png'), fullPage: true });
    await demoPage.setViewportSize({ width: 1360, height: 900 });
    await demoPage.screenshot({ path: testInfo.outputPath('official-columns-1360.png'), fullPage: true });

    // the server renders the chosen columns: they are in the HTML before any script runs
    const html = await (await demoPage.request.get('/images?tab=official&q=official-debian-qcow2')).text();
    expect(html).toContain('data-column="login"');
    await demoPage.reload();
    await list.settled();
    await expect(list.columnHeader('Login user')).toBeVisible();
    await expect(list.columnHeader('Size')).toHaveCount(0);
    await expect(list.cell('official-debian-qcow2', 'login')).toHaveText('debian');

    // another user's choice is their own
    const altContext = await demoPage.context().browser()!.newContext({ storageState: `${AUTH_DIR}/alt.json` });
    const altList = new ImagesPage(await altContext.newPage());
    await altList.goto('?tab=official&q=official-debian-qcow2');
    await expect(altList.columnHeader('Size')).toBeVisible();
    await expect(altList.columnHeader('Login user')).toHaveCount(0);
    await altContext.close();

    await list.row('official-debian-qcow2').getByRole('rowheader').getByRole('link').click();
    const details = new ImageDetailsPage(demoPage);
    await expect(details.heading()).toHaveText('official-debian-qcow2');
    const connect = details.section('How to connect');
    await expect(connect.getByTestId('cli-command')).toContainText('ssh debian@<server-ip>');
    await expect(details.fact('Operating system')).toHaveText('debian 12');
    expect(await seriousViolations(demoPage)).toEqual([]);
    await expectNoSidewaysScroll(demoPage);
    await demoPage.screenshot({ path: testInfo.outputPath('official-details-390.png'), fullPage: true });
    expect(consoleErrors.filter((text) => /hydrat/i.test(text))).toEqual([]);
  });

  test('an image without a login user has no How to connect line', async ({ demoPage }) => {
    const demo = await Glance.as('demo');
    const image = await demo.createImage({ name: uniqueName('no-login'), os_distro: 'ubuntu' });
    try {
      const details = new ImageDetailsPage(demoPage);
      await details.goto(image.id);
      await expect(details.fact('Operating system')).toHaveText('ubuntu');
      await expect(details.section('How to connect')).toHaveCount(0);
    } finally {
      await demo.deleteImage(image.id);
    }
  });

  test('a consumer copies their project ID from Iris, the owner shares with it through Iris, the consumer sees the invitation', async ({ browser }, testInfo) => {
    const consumerPage = await clipboardPageAs(browser, 'alt');
    const ownerPage = await clipboardPageAs(browser, 'demo');
    const demo = await Glance.as('demo');
    const image = await demo.createImage({ name: uniqueName('share-by-copied-id') });
    try {
      // the project switcher shows the ID with a copy button
      await consumerPage.goto('/images');
      await consumerPage.getByRole('button', { name: /^Project / }).click();
      await consumerPage.getByRole('button', { name: 'Copy your project ID' }).click();
      await expect.poll(() => clipboard(consumerPage)).toBe(stack.projects.alt);
      await consumerPage.keyboard.press('Escape');

      // so does the Shared-with-me tab, with what to do with it and the CLI equivalent
      const consumer = new ImagesPage(consumerPage);
      await consumer.goto('?tab=shared');
      const note = consumerPage.getByRole('region', { name: 'Your project ID' });
      await expect(note).toContainText('Give this ID to the image owner');
      await expect(note.getByTestId('own-project-id')).toHaveText(stack.projects.alt);
      await expect(note.getByTestId('cli-command')).toContainText('openstack token issue -c project_id -f value');
      await consumerPage.evaluate(() => navigator.clipboard.writeText(''));
      await note.getByRole('button', { name: 'Copy your project ID' }).click();
      await expect.poll(() => clipboard(consumerPage)).toBe(stack.projects.alt);
      const copied = await clipboard(consumerPage);
      expect(await seriousViolations(consumerPage)).toEqual([]);
      await expectNoSidewaysScroll(consumerPage);
      await consumerPage.screenshot({ path: testInfo.outputPath('shared-tab-390.png'), fullPage: true });
      await consumerPage.setViewportSize({ width: 1360, height: 900 });
      await consumerPage.screenshot({ path: testInfo.outputPath('shared-tab-1360.png'), fullPage: true });

      // the owner pastes it into the sharing page
      const owner = new ImageSharingPage(ownerPage);
      await owner.goto(image.id);
      await owner.projectInput().fill(copied);
      await owner.addButton().click();
      await expect(owner.row(copied)).toContainText('Pending');
      expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: stack.projects.alt, status: 'pending' })]);

      await consumer.goto('?tab=shared&share=pending');
      await expect(consumer.row(image.name)).toBeVisible();
    } finally {
      await demo.deleteImage(image.id);
      await consumerPage.context().close();
      await ownerPage.context().close();
    }
  });
});
