import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { FaultProxy } from './support/fault-proxy';
import { IrisServer } from './support/iris-server';
import { irisPort, stack, users } from './support/env';
import { digestOf, makeRaw } from './support/image-files';
import { Glance, uniqueName } from './support/openstack';
import { CreateImagePage } from './pages/create-image-page';
import { LoginPage } from './pages/login-page';

// One Iris of our own whose Keystone and Glance sit behind fault proxies: breaking them
// never disturbs the shared stack the other specs use.
// Its upstream timeout is the product's (30 s) unless a test waits one out: with a short one for
// every test, a Glance or Keystone slowed by the rest of the suite looked like an outage (a 2 s
// timeout failed the stalled-upload test once, in a run where nothing else failed).
const test = base.extend<{ upstreamTimeoutMs: number | undefined }>({ upstreamTimeoutMs: [undefined, { option: true }] });
/** For tests that wait out a timeout: short, so they end quickly, yet well above a loaded call. */
const SHORT_TIMEOUT_MS = 4_000;
// a shared 2-core machine makes page loads slow: room for timeouts, cooldowns and recovery
test.describe.configure({ mode: 'serial', timeout: 180_000 });

// After a timeout Iris fails fast for this long; long enough that a test's second page load
// always falls inside it, short enough to wait out for the recovery.
const BREAKER_COOLDOWN_MS = 30_000;
const MiB = 1024 ** 2;

let keystone: FaultProxy;
let glance: FaultProxy;
let iris: IrisServer;

test.beforeAll(async () => {
  keystone = await new FaultProxy(stack.keystoneUrl.replace(/\/v3\/?$/, '')).start();
  glance = await new FaultProxy(stack.glanceUrl).start();
});

test.afterAll(async () => {
  await keystone?.stop();
  await glance?.stop();
});

// A fresh Iris per test: its circuit breakers and in-flight calls are process state, and a call
// still timing out from the last test's outage must not open a breaker in this one.
test.beforeEach(async ({ upstreamTimeoutMs }) => {
  keystone.mode = { kind: 'pass' };
  glance.mode = { kind: 'pass' };
  iris = await new IrisServer(irisPort + 90 + test.info().parallelIndex, {
    KEYSTONE_URL: `${keystone.url}/v3`,
    GLANCE_URL: glance.url,
    ...(upstreamTimeoutMs && { OPENSTACK_TIMEOUT_MS: String(upstreamTimeoutMs) }),
    OPENSTACK_BREAKER_COOLDOWN_MS: String(BREAKER_COOLDOWN_MS),
  }).start();
});

test.afterEach(async () => {
  // a failure comes with what this Iris logged (timeouts, breakers, upstream errors)
  const testInfo = test.info();
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('iris-stdout.log', { body: iris.stdout.join('\n'), contentType: 'text/plain' });
  await iris?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${iris.url}/login`);
  await new LoginPage(page).signIn(users.demo);
  await page.waitForURL('**/images**');
}

/** The page's own error box (Next's route announcer is an alert too). */
const pageAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'This image could not be loaded' });

/** The services are back: within one breaker cooldown the list loads again. */
async function expectRecovery(page: Page) {
  keystone.mode = { kind: 'pass' };
  glance.mode = { kind: 'pass' };
  await expect(async () => {
    await page.goto(`${iris.url}/images`);
    await expect(page.getByRole('table')).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: BREAKER_COOLDOWN_MS + 60_000 });
}

const GLANCE_DOWN = /image service \(Glance\) is not answering/i;
const KEYSTONE_DOWN_FOR_GLANCE = 'The identity service (Keystone) is not answering right now, so the image service (Glance) cannot check your sign-in.';

test('Keystone down: the login page explains, and works again once it is back', async ({ page }) => {
  keystone.mode = { kind: 'down' };
  await page.goto(`${iris.url}/login`);
  const login = new LoginPage(page);
  await login.signIn(users.demo);
  await login.expectError('The identity service (Keystone) is not answering');
  await expect(page.getByLabel('User name')).toHaveValue('demo');

  keystone.mode = { kind: 'pass' };
  await page.getByLabel('Password', { exact: true }).fill(users.demo.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/images**');
});

test('Glance down: sign-in still works, the page shows an error state, and recovers after a restart', async ({ page }) => {
  glance.mode = { kind: 'down' };
  await signIn(page);
  await expect(page.getByText(GLANCE_DOWN)).toBeVisible();
  // the rest of the UI keeps working
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByTestId('current-project')).toBeVisible();

  glance.mode = { kind: 'pass' }; // "restarted"
  await page.reload();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText(/not answering/i)).toHaveCount(0);
});

test.describe('timeouts', () => {
  test.use({ upstreamTimeoutMs: SHORT_TIMEOUT_MS });

  test('slow Glance: requests time out with a message instead of hanging', async ({ page }) => {
    await signIn(page);
    glance.mode = { kind: 'delay', ms: 20_000 };
    await page.reload();
    // the timeout is 4 s here: the error must come long before the 20 s delay ends
    await expect(page.getByText(GLANCE_DOWN)).toBeVisible({ timeout: 14_000 });
    await expectRecovery(page);
  });

  test('Glance paused: after one timeout the next pages fail at once without calling Glance, then recover', async ({ page }) => {
    await signIn(page);
    glance.mode = { kind: 'hang' };
    await page.reload();
    await expect(page.getByText(GLANCE_DOWN)).toBeVisible();

    // the breaker is open: a page and API calls say the same at once, sending Glance nothing
    const image = (await (await Glance.as('demo')).findByName('demo-private'))[0]!;
    const before = glance.requests;
    await page.goto(`${iris.url}/images/${image.id}`);
    await expect(pageAlert(page)).toContainText(GLANCE_DOWN);
    for (let i = 0; i < 3; i++) {
      const answer = await page.request.get(`${iris.url}/api/images/${image.id}`);
      expect(answer.status()).toBe(503);
      expect((await answer.json()).error.message).toMatch(GLANCE_DOWN);
    }
    expect(glance.requests).toBe(before);

    await expectRecovery(page);
  });
});

test('Glance failing with 500: a clear message, no stack trace', async ({ page }) => {
  await signIn(page);
  glance.mode = { kind: 'status', status: 500 };
  await page.reload();
  await expect(page.getByText(/image service failed \(500\)/i)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('OpenStackError');
  await expect(page.locator('body')).not.toContainText('node_modules');
});

test.describe('a Keystone outage is named as such, not as Glance or an expired session', () => {
  test.describe(() => {
    test.use({ upstreamTimeoutMs: SHORT_TIMEOUT_MS });

    test('Keystone paused: Glance hangs on its token checks; list and details pages name Keystone', async ({ page }) => {
      await signIn(page);
      const image = (await (await Glance.as('demo')).findByName('demo-private'))[0]!;
      // Glance waits for Keystone to check the token: both stop answering
      keystone.mode = { kind: 'hang' };
      glance.mode = { kind: 'hang' };
      await page.reload();
      await expect(page.getByText(KEYSTONE_DOWN_FOR_GLANCE)).toBeVisible();
      await page.goto(`${iris.url}/images/${image.id}`);
      await expect(pageAlert(page)).toContainText(KEYSTONE_DOWN_FOR_GLANCE);
      await expectRecovery(page);
    });
  });

  test('Glance answers 503 "The Keystone service is temporarily unavailable": Iris says Keystone', async ({ page }) => {
    await signIn(page);
    // keystonemiddleware's answer when it cannot reach Keystone (delay_auth_decision off)
    glance.mode = { kind: 'status', status: 503, body: { message: 'The Keystone service is temporarily unavailable.<br /><br />\n\n\n', code: '503 Service Unavailable', title: 'Service Unavailable' } };
    await page.reload();
    await expect(page.getByText(KEYSTONE_DOWN_FOR_GLANCE)).toBeVisible();
    await expect(page.getByText(/image service failed/i)).toHaveCount(0);
  });

  test('Keystone down: Glance refuses the token with 401, and Iris does not send the user to sign in', async ({ page }) => {
    await signIn(page);
    // what the local Glance (delay_auth_decision = true) answered with Keystone stopped
    keystone.mode = { kind: 'down' };
    glance.mode = {
      kind: 'status',
      status: 401,
      body: { message: 'This server could not verify that you are authorized to access the document you requested.<br /><br />\n\n\n', code: '401 Unauthorized', title: 'Unauthorized' },
    };
    await page.reload();
    await expect(page.getByText(KEYSTONE_DOWN_FOR_GLANCE)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/images');

    // Keystone back, Glance refusing: now the token itself is refused, so sign in again
    keystone.mode = { kind: 'pass' };
    // the reloaded page redirects before its load event: wait for the URL, not for that load
    await page.reload({ waitUntil: 'commit' });
    await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('reason') === 'expired');
  });
});

test.describe('uploads', () => {
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'iris-faults-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an upload Glance stops reading says "stalled for N s" instead of its last speed, and finishes once data flows again', async ({ page }) => {
    test.setTimeout(180_000);
    const file = makeRaw(dir, 'stall.raw', 96);
    const name = uniqueName('stall');
    await signIn(page);
    glance.mode = { kind: 'stall-uploads', afterBytes: 4 * MiB };
    const create = new CreateImagePage(page);
    await page.goto(`${iris.url}/images/create`);
    await create.chooseFile(file);
    await create.name.fill(name);
    await create.submit();

    const stats = page.getByTestId('upload-stats');
    await expect(stats).toContainText(/stalled for \d+ s/, { timeout: 60_000 });
    await page.screenshot({ path: test.info().outputPath('upload-stalled-1360.png') });
    await expect(stats).not.toContainText(/\/s\b|left/);
    await expect(create.uploadProgress).toHaveAttribute('aria-valuenow', /^\d+$/);
    expect(Number(await create.uploadProgress.getAttribute('aria-valuenow'))).toBeLessThan(100);

    glance.mode = { kind: 'pass' };
    await expect(page.getByTestId('upload-done')).toBeVisible({ timeout: 120_000 });
    await expect(create.status).toHaveText('active');
    const [image] = await (await Glance.as('demo')).findByName(name);
    expect(image).toMatchObject({ status: 'active', checksum: digestOf('md5sum', file) });
    await (await Glance.as('demo')).deleteImage(image!.id);
  });
});
