import { test as base, type Browser, type Page } from '@playwright/test';
import type { UserName } from './support/env';

export const AUTH_DIR = 'e2e/.auth';

/**
 * Pages already signed in as a seeded user (state saved by global-setup). Tests that sign
 * out or switch project revoke their token, so they must sign in on their own instead.
 */
export async function pageAs(browser: Browser, user: UserName): Promise<Page> {
  const context = await browser.newContext({ storageState: `${AUTH_DIR}/${user}.json` });
  return context.newPage();
}

export const test = base.extend<{ demoPage: Page; altPage: Page; adminPage: Page; curatorPage: Page }>({
  demoPage: async ({ browser }, use) => {
    const page = await pageAs(browser, 'demo');
    await use(page);
    await page.context().close();
  },
  altPage: async ({ browser }, use) => {
    const page = await pageAs(browser, 'alt');
    await use(page);
    await page.context().close();
  },
  adminPage: async ({ browser }, use) => {
    const page = await pageAs(browser, 'admin');
    await use(page);
    await page.context().close();
  },
  curatorPage: async ({ browser }, use) => {
    const page = await pageAs(browser, 'curator');
    await use(page);
    await page.context().close();
  },
});

export { expect } from '@playwright/test';
