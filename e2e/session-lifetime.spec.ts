import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LoginPage } from './pages/login-page';
import { irisPort } from './support/env';
import { IrisServer } from './support/iris-server';
import { createTestUser, deleteTestUser, passwordToken, tokenIsValid, type TestUser } from './support/openstack';
import { sessionPayload, sessionToken } from './support/session';

/**
 * How sessions end: idle limit and absolute cap (on an Iris of its own with short limits), and
 * "sign out everywhere". Each test uses a Keystone user of its own: ending every token of a
 * user would break the seeded users other specs share.
 */

async function signIn(page: Page, user: TestUser, base = '') {
  await page.goto(`${base}/login`);
  await new LoginPage(page).signIn(user);
  await page.waitForURL('**/images**');
}

test.describe('limits, enforced by the server', () => {
  test.describe.configure({ mode: 'serial' });
  const IDLE = 15;
  const MAX_AGE = 45;
  let iris: IrisServer;
  let user: TestUser;

  test.beforeAll(async () => {
    user = await createTestUser('lifetime');
    iris = await new IrisServer(irisPort + 80 + test.info().parallelIndex, {
      SESSION_IDLE_TIMEOUT_SECONDS: String(IDLE),
      SESSION_MAX_AGE_SECONDS: String(MAX_AGE),
    }).start();
  });

  test.afterAll(async () => {
    await iris?.stop();
    await deleteTestUser(user);
  });

  test('a session left idle past the limit ends at the next click: login says why, the token is revoked', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, user, iris.url);
    const token = await sessionToken(page.context());
    // the page and the prefetches that follow it are done; then nobody touches Iris for longer than the idle limit
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout((IDLE + 3) * 1000);
    await page.getByRole('link', { name: /your session/ }).click();

    await expect(page).toHaveURL(/\/login\?next=%2Faccount&reason=idle$/);
    await expect(page.getByText('Signed out after inactivity')).toBeVisible();
    await expect(page.getByText(`Nothing happened in this session for ${IDLE} seconds.`)).toBeVisible();
    await expect.poll(() => tokenIsValid(token)).toBe(false);
    expect(iris.securityEvents()).toContainEqual(expect.objectContaining({ action: 'GET /account', outcome: 'ended', reason: 'idle_timeout', user: user.username }));
    // the browser holds no session any more: every page sends it to sign in, still saying why,
    // without ending anything again (requests already in flight with the old cookie each logged it)
    await expect(sessionToken(page.context())).rejects.toThrow();
    const ended = iris.securityEvents().filter((e) => e.reason === 'idle_timeout').length;
    await page.goto(`${iris.url}/images`);
    await expect(page).toHaveURL(/\/login\?reason=idle$/);
    expect(iris.securityEvents().filter((e) => e.reason === 'idle_timeout')).toHaveLength(ended);
  });

  test('activity keeps a session past the idle limit, but not past the absolute cap', async ({ page }) => {
    test.setTimeout((MAX_AGE + 120) * 1000);
    await signIn(page, user, iris.url);
    // the cap counts from the moment Iris made the session, which a slow page load can be well before now
    const { token, issuedAt: signedIn } = await sessionPayload(page.context());
    await page.getByRole('link', { name: /your session/ }).click();
    await expect(page.getByRole('heading', { name: 'Your session', level: 1 })).toBeVisible();
    await expect(page.getByText(`after ${IDLE} seconds without activity in Iris`)).toBeVisible();

    // someone working: a page every few seconds, well inside the idle limit, for longer than it
    while (Date.now() - signedIn < (MAX_AGE - 5) * 1000) {
      await page.waitForTimeout(3_000);
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Your session', level: 1 })).toBeVisible();
    }
    expect(Date.now() - signedIn).toBeGreaterThan(2 * IDLE * 1000);

    await page.waitForTimeout(Math.max(0, signedIn + (MAX_AGE + 2) * 1000 - Date.now()));
    await page.reload();
    await expect(page).toHaveURL(/\/login\?next=%2Faccount&reason=expired$/);
    await expect(page.getByText('Your session has ended')).toBeVisible();
    await expect.poll(() => tokenIsValid(token)).toBe(false);
    expect(iris.securityEvents()).toContainEqual(expect.objectContaining({ outcome: 'ended', reason: 'absolute_timeout', user: user.username }));
  });
});

test.describe('sign out everywhere', () => {
  let user: TestUser;
  test.beforeAll(async () => {
    user = await createTestUser('everywhere');
  });
  test.afterAll(async () => {
    await deleteTestUser(user);
  });

  test('revokes every token of the account: this browser, another one, and the command line', async ({ browser }) => {
    test.setTimeout(180_000);
    const here = await (await browser.newContext()).newPage();
    const elsewhere = await (await browser.newContext()).newPage();
    await signIn(here, user);
    await signIn(elsewhere, user);
    const tokens = [await sessionToken(here.context()), await sessionToken(elsewhere.context()), await passwordToken(user.username, user.password, user.project)];

    // reached from the header, as a person would look for it
    await here.getByRole('link', { name: /your session/ }).click();
    await expect(here.getByRole('heading', { name: 'Your session', level: 1 })).toBeVisible();
    const password = here.getByLabel('Current password');

    // a wrong password is named next to the field and ends nothing
    await password.fill('not-my-password');
    await here.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(here.getByText('That is not your current password. Nothing was changed.')).toBeVisible();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    for (const token of tokens) expect(await tokenIsValid(token)).toBe(true);

    await password.fill(user.password);
    await here.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(here).toHaveURL(/\/login\?reason=signed-out-everywhere$/);
    await expect(here.getByText('Signed out everywhere')).toBeVisible();
    for (const token of tokens) expect(await tokenIsValid(token)).toBe(false);

    // the other browser is sent to sign in at its next page
    await elsewhere.reload();
    await expect(elsewhere).toHaveURL(/\/login/);
    // the password itself did not change
    await new LoginPage(here).signIn(user);
    await here.waitForURL('**/images**');
    await here.context().close();
    await elsewhere.context().close();
  });
});
