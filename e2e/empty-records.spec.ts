import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { users } from './support/env';
import { Glance, tokenFor, uniqueName } from './support/openstack';

// demo-lab: no other spec creates images there, so the list of empty records is this test's own.
test('empty queued records are listed on the Project tab, each linked to its upload page, and deleted together', async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).signIn(users.demo);
  await page.waitForURL('**/images**');
  await new AppShell(page).switchProject('demo-lab');
  const lab = new Glance(await tokenFor('demo', 'demo-lab'));
  const [first, second, full] = [uniqueName('empty-a'), uniqueName('empty-b'), uniqueName('full')];
  const emptyA = await lab.createImage({ name: first });
  const emptyB = await lab.createImage({ name: second });
  const withData = await lab.createImage({ name: full });
  await lab.upload(withData.id, new Uint8Array(1024).fill(9));

  try {
    await page.goto('/images');
    const panel = page.getByRole('region', { name: /have no data$/ });
    await expect(panel).toContainText('An upload was cancelled or cut off, or never started');
    await expect(panel.getByRole('link', { name: first })).toHaveAttribute('href', `/images/${emptyA.id}/upload`);
    await expect(panel.getByRole('link', { name: second })).toHaveAttribute('href', `/images/${emptyB.id}/upload`);
    await expect(panel).not.toContainText(full);
    // the panel only: the rest of the page has its own axe checks (a11y.spec.ts)
    expect((await new AxeBuilder({ page }).include('section[aria-labelledby="empty-records-heading"]').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('empty-records-1360.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: test.info().outputPath('empty-records-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1360, height: 900 });

    // each name leads to where the file can still be given
    await panel.getByRole('link', { name: first }).click();
    await expect(page.getByLabel('Image file')).toBeVisible();
    await page.goto('/images');

    await panel.getByRole('button', { name: /^Delete these \d+ images$/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('list', { name: 'Images to delete' })).toContainText(first);
    await dialog.getByRole('button', { name: /^Delete \d+ images$/ }).click();
    await expect(dialog.getByText('Deletion results')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('region', { name: /have no data$/ })).toHaveCount(0);
    expect(await lab.getImage(emptyA.id)).toBeUndefined();
    expect(await lab.getImage(emptyB.id)).toBeUndefined();
    expect((await lab.getImage(withData.id))?.status).toBe('active');
  } finally {
    for (const image of [emptyA, emptyB, withData]) await lab.deleteImage(image.id);
    await page.context().close();
  }
});
