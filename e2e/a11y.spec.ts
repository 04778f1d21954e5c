import { seriousViolations } from './support/axe';
import { test, expect } from './fixtures';


test('login page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to Iris' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('images page has no serious accessibility violations', async ({ demoPage }) => {
  await demoPage.goto('/images');
  await expect(demoPage.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  expect(await seriousViolations(demoPage)).toEqual([]);
});

test('the session page has no serious accessibility violations and fits a phone', async ({ demoPage }) => {
  await demoPage.goto('/images');
  await demoPage.getByRole('link', { name: /your session/ }).click();
  await expect(demoPage.getByRole('heading', { name: 'Your session', level: 1 })).toBeVisible();
  expect(await seriousViolations(demoPage)).toEqual([]);
  await demoPage.setViewportSize({ width: 390, height: 844 });
  await expect(demoPage.getByRole('button', { name: 'Sign out everywhere' })).toBeVisible();
  expect(await demoPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
