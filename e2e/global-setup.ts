import { chromium, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { stack, users, type UserName } from './support/env';
import { LoginPage } from './pages/login-page';

const AUTH_DIR = "e2e/.auth";

async function assertAnswers(name: string, url: string) {
  try {
    const res = await fetch(url);
    if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
  } catch (error) {
    throw new Error(`${name} at ${url} is not answering (${String(error)}). Start it with: bash scripts/openstack/ensure.sh`);
  }
}

/** Check the real stack answers, then sign each seeded user in once through the UI. */
export default async function globalSetup(config: FullConfig) {
  await assertAnswers('Keystone', stack.keystoneUrl);
  await assertAnswers('Glance', `${stack.glanceUrl}/versions`);
  if (!stack.projects.demo) throw new Error('seed.env is missing: run bash scripts/openstack/ensure.sh');
  mkdirSync(AUTH_DIR, { recursive: true });
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  try {
    for (const user of Object.keys(users) as UserName[]) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await new LoginPage(page).signIn(users[user]);
      await page.waitForURL('**/images**').catch(async (error: unknown) => {
        // say what the page showed instead of only "timeout"
        await page.screenshot({ path: `test-results/global-setup-${user}.png` }).catch(() => {});
        const shown = await page.locator('main').innerText().catch(() => '(no page)');
        throw new Error(`signing in ${user} did not reach /images (at ${page.url()}): ${shown.slice(0, 300)}`, { cause: error });
      });
      await context.storageState({ path: `${AUTH_DIR}/${user}.json` });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
