import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { FederatedLoginPage } from './pages/login-page';
import { FaultProxy } from './support/fault-proxy';
import { postTokenFrom } from './support/forged-callback';
import { IrisServer } from './support/iris-server';
import { federation, irisPort, stack, users } from './support/env';
import { tokenFor, tokenIsValid } from './support/openstack';
import { unseal } from '../lib/session/seal';

// Several clouds at sign-in (AVAILABLE_REGIONS), on a second Iris of the same build: the local
// stack's two image regions behind its one Keystone, and a third entry that reaches that same
// Keystone through a loopback proxy, so the test sees which Keystone URL a session's calls use
// and can take that "cloud's" Keystone down alone. Its port (e2e + 61) is one of Keystone's
// trusted dashboards (scripts/openstack/lib.sh), so WebSSO works through it.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const PROXIED = 'Lab cloud (proxied)';
const keystoneOrigin = new URL(stack.keystoneUrl).origin;
const v3 = new URL(stack.keystoneUrl).pathname;
const CALLBACK = '/auth/websso/callback';
const FORGED = 'gAAAAABforged-token-that-keystone-never-issued_0123456789abcdefghijklmnopqrstuvwxyz';

let proxy: FaultProxy;
let iris: IrisServer;

test.beforeAll(async () => {
  proxy = await new FaultProxy(keystoneOrigin).start();
  iris = await new IrisServer(irisPort + 61, {
    AVAILABLE_REGIONS: `RegionOne=${stack.keystoneUrl}#RegionOne, RegionTwo=${stack.keystoneUrl}#RegionTwo, ${PROXIED}=${proxy.url}${v3}#RegionOne`,
    OPENSTACK_BREAKER_COOLDOWN_MS: '0',
  }).start();
});

test.afterAll(async () => {
  await iris?.stop();
  await proxy?.stop();
});

test.beforeEach(() => {
  proxy.mode = { kind: 'pass' };
});

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: iris.url });
  return context.newPage();
}

async function sealedSession(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === 'iris_session');
  return cookie ? (unseal(cookie.value, stack.sessionSecret) as { token: string; glanceUrl: string; cloud: { label: string; keystoneUrl: string; region?: string } }) : undefined;
}

const imagesTable = (page: Page) => page.getByRole('table');

test('demo picks RegionTwo or RegionOne at sign-in and sees that region’s images; the header names it', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  const shell = new AppShell(page);
  await login.goto();
  await expect(login.cloudField()).toHaveValue('RegionOne');
  await expect(login.cloudField().getByRole('option')).toHaveText(['RegionOne', 'RegionTwo', PROXIED]);

  await login.chooseCloud('RegionTwo');
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  await expect(imagesTable(page).getByText('region-two-debian', { exact: true })).toBeVisible();
  await expect(imagesTable(page).getByText('demo-private', { exact: true })).toHaveCount(0);
  await expect(shell.currentCloud()).toHaveText('RegionTwo');
  expect((await sealedSession(page.context()))?.cloud).toEqual({ label: 'RegionTwo', keystoneUrl: stack.keystoneUrl, region: 'RegionTwo' });
  // "Your session" (the user name in the header) says so too
  await page.getByRole('link', { name: /your session/ }).click();
  await expect(page.getByRole('heading', { name: 'Your session', level: 1 })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^RegionTwo$/ })).toBeVisible();

  await shell.signOut();
  await login.chooseCloud('RegionOne');
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  await expect(imagesTable(page).getByText('demo-private', { exact: true })).toBeVisible();
  await expect(imagesTable(page).getByText('region-two-debian')).toHaveCount(0);
  await expect(shell.currentCloud()).toHaveText('RegionOne');
  await page.context().close();
});

test('an application credential and a WebSSO sign-in go to the chosen region too', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  await login.chooseCloud('RegionTwo');
  await login.signInWithApplicationCredential({ id: federation.appcred.id, secret: federation.appcred.secret });
  await page.waitForURL('**/images');
  await expect(imagesTable(page).getByText('region-two-debian', { exact: true })).toBeVisible();
  await expect(new AppShell(page).currentCloud()).toHaveText('RegionTwo');

  // the pending-sign-in cookie remembers the cloud across the trip to the provider and back
  await page.context().clearCookies();
  await login.chooseCloud('RegionTwo');
  await login.signInWithProvider(federation.button, federation.users.demo);
  await page.waitForURL('**/images');
  await expect(imagesTable(page).getByText('region-two-debian', { exact: true })).toBeVisible();
  await expect(imagesTable(page).getByText('demo-private', { exact: true })).toHaveCount(0);
  await expect(new AppShell(page).currentCloud()).toHaveText('RegionTwo');
  expect((await sealedSession(page.context()))?.cloud.region).toBe('RegionTwo');
  await page.context().close();
});

test('a cloud reached through another Keystone URL: its sign-in and every Keystone call of the session go there', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  const shell = new AppShell(page);
  const before = proxy.requests;
  await login.chooseCloud(PROXIED);
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  // password, project list, scope, revoke of the unscoped token
  expect(proxy.requests - before).toBeGreaterThanOrEqual(4);
  await expect(imagesTable(page).getByText('demo-private', { exact: true })).toBeVisible();
  await expect(shell.currentCloud()).toHaveText(PROXIED);
  const session = await sealedSession(page.context());
  expect(session?.cloud.keystoneUrl).toBe(`${proxy.url}${v3}`);

  // the project switcher asks that Keystone, and so does the switch
  let seen = proxy.requests;
  await shell.switchProject('demo-lab');
  expect(proxy.requests).toBeGreaterThan(seen);
  expect(await tokenIsValid(session!.token)).toBe(false);

  // sign-out revokes at that Keystone
  const token = (await sealedSession(page.context()))!.token;
  seen = proxy.requests;
  await shell.signOut();
  expect(proxy.requests).toBeGreaterThan(seen);
  expect(await tokenIsValid(token)).toBe(false);
  await page.context().close();
});

test('that cloud’s Keystone down: the login page says so, and the other clouds still sign in', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  proxy.mode = { kind: 'down' };
  await login.chooseCloud(PROXIED);
  await login.signIn(users.demo);
  await login.expectError(`The identity service (Keystone) of ${PROXIED} is not answering`);
  expect(await sealedSession(page.context())).toBeUndefined();

  await login.cloudField().selectOption(PROXIED);
  await page.getByRole('link', { name: federation.button }).click();
  await expect(page).toHaveURL(/\/login\?sso=keystone_down/);
  await expect(login.cloudField()).toHaveValue(PROXIED);
  await login.expectError(`The identity service (Keystone) of ${PROXIED} is not answering`);

  await login.chooseCloud('RegionOne');
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  await expect(new AppShell(page).currentCloud()).toHaveText('RegionOne');
  await page.context().close();
});

/** A page at `pageUrl` that auto-POSTs `token` to this Iris's callback. */
const postFrom = (page: Page, pageUrl: string, token: string) => postTokenFrom(page, pageUrl, `${iris.url}${CALLBACK}`, token);

test('the WebSSO callback accepts only the Origin of the chosen cloud’s Keystone, and asks that Keystone', async ({ browser }) => {
  const page = await freshPage(browser);
  const start = async () => {
    const res = await page.context().request.get(`${iris.url}/auth/websso/start?${new URLSearchParams({ choice: federation.idp, cloud: PROXIED })}`, {
      headers: { 'sec-fetch-site': 'same-origin' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    // the browser goes to that cloud's Keystone
    expect(res.headers().location).toMatch(new RegExp(`^${proxy.url}${v3}/auth/OS-FEDERATION/identity_providers/`));
    const pending = (await page.context().cookies()).find((c) => c.name === 'iris_websso')!;
    expect(unseal(pending.value, stack.sessionSecret)).toMatchObject({ choice: federation.idp, cloud: PROXIED });
  };

  // RegionOne's Keystone origin would be accepted for RegionOne, not for the proxied cloud
  await start();
  await postFrom(page, `${keystoneOrigin}/forged-websso`, await tokenFor('demo'));
  await expect(page.getByRole('alert').filter({ hasText: `did not come back from ${PROXIED}’s identity service` })).toBeVisible();
  await expect(new FederatedLoginPage(page).cloudField()).toHaveValue(PROXIED);

  // from the proxied cloud's origin the POST passes the Origin check; that cloud's Keystone is asked about the token
  await start();
  const seen = proxy.requests;
  await postFrom(page, `${proxy.url}/forged-websso`, FORGED);
  await expect(page.getByRole('alert').filter({ hasText: 'Keystone did not confirm the sign-in' })).toBeVisible();
  expect(proxy.requests).toBeGreaterThan(seen);
  expect(await sealedSession(page.context())).toBeUndefined();
  expect(
    iris
      .securityEvents()
      .filter((e) => e.action === 'sign-in' && e.outcome === 'refused')
      .slice(-2)
      .map((e) => e.reason),
  ).toEqual(['websso_origin_mismatch', 'websso_token_401']);
  await page.context().close();
});

test('an unknown cloud is refused next to the Cloud field, from a form or a link', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  await login.goto();
  // a cloud the operator removed while the page was open
  await login.cloudField().evaluate((select: HTMLSelectElement) => select.add(new Option('Retired cloud', 'Retired cloud')));
  await login.chooseCloud('Retired cloud');
  await login.signIn(users.demo);
  await expect(login.cloudField()).toHaveAccessibleDescription(/That cloud is not offered here\. Choose one from the list\./);
  await expect(login.cloudField()).toHaveAttribute('aria-invalid', 'true');
  expect(await sealedSession(page.context())).toBeUndefined();
  // choosing a real one clears it
  await login.chooseCloud('RegionOne');
  await expect(login.cloudField()).not.toHaveAttribute('aria-invalid', 'true');

  await page.goto(`/auth/websso/start?${new URLSearchParams({ choice: federation.idp, cloud: 'Nowhere' })}`);
  await expect(page).toHaveURL(/\/login\?sso=unknown_cloud/);
  await expect(login.cloudField()).toHaveAccessibleDescription(/That cloud is not offered here/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('iris_websso');
  await page.context().close();
});

test('the login page with the Cloud field: axe clean, no sideways scroll at 390 px, shot at 1360 and 390 px', async ({ browser }) => {
  const page = await freshPage(browser);
  const login = new FederatedLoginPage(page);
  for (const width of [1360, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await login.goto();
    await expect(login.cloudField()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`login-clouds-${width}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }

  // the header names the cloud on a phone too (on a line of its own), without sideways scroll,
  // and the longest cloud label squeezes neither the project name nor itself
  await login.chooseCloud(PROXIED);
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  const shell = new AppShell(page);
  const unclipped = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth);
  for (const width of [390, 1360]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(shell.currentCloud()).toHaveText(PROXIED);
    await expect(shell.currentProject()).toHaveText('demo');
    expect(await unclipped(shell.currentCloud())).toBe(true);
    expect(await unclipped(shell.currentProject())).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`header-cloud-${width}.png`) });
    const axe = await new AxeBuilder({ page }).include('header').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }

  // a project name too long for a phone truncates on the first line (it does not wrap under it)
  await page.setViewportSize({ width: 390, height: 900 });
  await shell.currentProject().evaluate((el) => (el.textContent = 'a-research-project-with-a-very-long-name'));
  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
  await expect(signOut).toBeInViewport({ ratio: 1 });
  const [navBox, projectBox, cloudBox] = await Promise.all([page.getByRole('navigation', { name: 'Main' }), shell.currentProject(), shell.currentCloud()].map((l) => l.boundingBox()));
  expect(projectBox!.y).toBeLessThan(navBox!.y + navBox!.height);
  expect(cloudBox!.y).toBeGreaterThan(navBox!.y + navBox!.height);
  expect(await unclipped(shell.currentProject())).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('header-cloud-390-long-project.png') });
  await page.context().close();
});
