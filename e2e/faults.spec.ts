import { test, expect } from '@playwright/test';
import { FaultProxy } from './support/fault-proxy';
import { IrisServer } from './support/iris-server';
import { irisPort, stack, users } from './support/env';
import { LoginPage } from './pages/login-page';

// One Iris of our own whose Keystone and Glance sit behind fault proxies: breaking them
// never disturbs the shared stack the other specs use.
test.describe.configure({ mode: 'serial' });

let keystone: FaultProxy;
let glance: FaultProxy;
let iris: IrisServer;

test.beforeAll(async () => {
  keystone = await new FaultProxy(stack.keystoneUrl.replace(/\/v3\/?$/, '')).start();
  glance = await new FaultProxy(stack.glanceUrl).start();
  iris = await new IrisServer(irisPort + 90 + test.info().parallelIndex, {
    KEYSTONE_URL: `${keystone.url}/v3`,
    GLANCE_URL: glance.url,
    OPENSTACK_TIMEOUT_MS: '2000',
  }).start();
});

test.afterAll(async () => {
  iris?.stop();
  await keystone?.stop();
  await glance?.stop();
});

test.beforeEach(() => {
  keystone.mode = { kind: 'pass' };
  glance.mode = { kind: 'pass' };
});

async function signIn(page: import('@playwright/test').Page) {
  await page.goto(`${iris.url}/login`);
  await new LoginPage(page).signIn(users.demo);
  await page.waitForURL('**/images**');
}

test('Keystone down: the login page explains, and works again once it is back', async ({ page }) => {
  keystone.mode = { kind: 'down' };
  await page.goto(`${iris.url}/login`);
  const login = new LoginPage(page);
  await login.signIn(users.demo);
  await login.expectError('The identity service (Keystone) is not answering');
  await expect(page.getByLabel('User name')).toHaveValue('demo');

  keystone.mode = { kind: 'pass' };
  await page.getByLabel('Password').fill(users.demo.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/images**');
});

test('Glance down: sign-in still works, the page shows an error state, and recovers after a restart', async ({ page }) => {
  glance.mode = { kind: 'down' };
  await signIn(page);
  await expect(page.getByText(/image service \(Glance\) is not answering/i)).toBeVisible();
  // the rest of the UI keeps working
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByTestId('current-project')).toBeVisible();

  glance.mode = { kind: 'pass' }; // "restarted"
  await page.reload();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText(/not answering/i)).toHaveCount(0);
});

test('slow Glance: requests time out with a message instead of hanging', async ({ page }) => {
  await signIn(page);
  glance.mode = { kind: 'delay', ms: 8000 };
  await page.reload();
  // OPENSTACK_TIMEOUT_MS is 2 s here: the error must come long before the 8 s delay ends
  await expect(page.getByText(/image service \(Glance\) is not answering/i)).toBeVisible({ timeout: 7000 });
});

test('Glance failing with 500: a clear message, no stack trace', async ({ page }) => {
  await signIn(page);
  glance.mode = { kind: 'status', status: 500 };
  await page.reload();
  await expect(page.getByText(/image service failed \(500\)/i)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('OpenStackError');
  await expect(page.locator('body')).not.toContainText('node_modules');
});
