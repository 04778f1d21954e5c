import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FederatedLoginPage } from './pages/login-page';
import { FaultProxy } from './support/fault-proxy';
import { postTokenFrom } from './support/forged-callback';
import { IrisServer } from './support/iris-server';
import { federation, irisPort, stack } from './support/env';
import { tokenFor } from './support/openstack';
import { unseal } from '../lib/session/seal';

// A second Iris of the same build, so the tests can read its security log and break its
// Keystone and identity provider. Its port (e2e + 60) is one of Keystone's trusted dashboards
// (scripts/openstack/lib.sh). Keystone and the provider sit behind fault proxies for Iris's own
// calls; the browser still goes to the real ones.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const keystoneOrigin = new URL(stack.keystoneUrl).origin;
const CALLBACK = '/auth/websso/callback';
const FORGED = 'gAAAAABforged-token-that-keystone-never-issued_0123456789abcdefghijklmnopqrstuvwxyz';

let keystone: FaultProxy;
let provider: FaultProxy;
let iris: IrisServer;

test.beforeAll(async () => {
  keystone = await new FaultProxy(keystoneOrigin).start();
  provider = await new FaultProxy(federation.issuer).start();
  iris = await new IrisServer(irisPort + 60, {
    KEYSTONE_URL: `${keystone.url}${new URL(stack.keystoneUrl).pathname}`,
    KEYSTONE_PUBLIC_URL: stack.keystoneUrl,
    WEBSSO_IDP_HEALTH_URLS: `${federation.idp}=${provider.url}/.well-known/openid-configuration`,
    OPENSTACK_BREAKER_COOLDOWN_MS: '0',
    WEBSSO_HEALTH_TIMEOUT_MS: '1500',
  }).start();
});

test.afterAll(async () => {
  await iris?.stop();
  await keystone?.stop();
  await provider?.stop();
});

test.beforeEach(() => {
  keystone.mode = { kind: 'pass' };
  provider.mode = { kind: 'pass' };
});

async function freshPage(browser: import('@playwright/test').Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: iris.url });
  return context.newPage();
}

/** A page at `pageUrl` that auto-POSTs `token` to this Iris's callback. */
const postFrom = (page: Page, pageUrl: string, token: string) => postTokenFrom(page, pageUrl, `${iris.url}${CALLBACK}`, token);

/** Click "Sign in with …": the pending-sign-in cookie is set and the browser is at the provider. */
async function startSignIn(page: Page) {
  await page.goto('/login');
  await page.getByRole('link', { name: federation.button }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to / })).toBeVisible();
}

async function cookieNames(context: BrowserContext) {
  return (await context.cookies()).map((c) => c.name);
}

function securityEventsSince(count: number) {
  return iris.securityEvents().slice(count);
}

test('a WebSSO and an application-credential sign-in leak no token, secret or password', async ({ browser }) => {
  const page = await freshPage(browser);
  const irisBodies: { url: string; text: string }[] = [];
  const urls: string[] = [];
  let websso = '';
  page.on('request', (request) => {
    urls.push(request.url());
    if (request.url() === `${iris.url}${CALLBACK}`) websso = new URLSearchParams(request.postData() ?? '').get('token') ?? '';
  });
  page.on('response', async (response) => {
    if (!response.url().startsWith(iris.url)) return;
    try {
      irisBodies.push({ url: response.url(), text: (await response.body()).toString('utf8') });
    } catch {
      // redirects have no body
    }
  });

  await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.demo);
  await page.waitForURL('**/images');
  await page.getByRole('button', { name: /^Project / }).click();
  await expect(page.getByRole('list', { name: 'Your projects' })).toBeVisible();
  const session = unseal((await page.context().cookies()).find((c) => c.name === 'iris_session')!.value, stack.sessionSecret) as { token: string };
  expect(websso.length).toBeGreaterThan(100);
  expect(session.token.length).toBeGreaterThan(100);
  expect(await cookieNames(page.context())).not.toContain('iris_websso');

  await page.context().clearCookies();
  const secret = federation.appcred.secret;
  await new FederatedLoginPage(page).signInWithApplicationCredential({ id: federation.appcred.id, secret: 'wrong-secret-for-the-leak-test' });
  await expect(page.getByRole('alert').filter({ hasText: 'Keystone did not accept' })).toBeVisible();
  await page.getByLabel('Secret').fill(secret);
  await page.getByRole('button', { name: 'Sign in with application credential' }).click();
  await page.waitForURL('**/images');
  const appToken = (unseal((await page.context().cookies()).find((c) => c.name === 'iris_session')!.value, stack.sessionSecret) as { token: string }).token;

  const secrets = { websso, session: session.token, appToken, secret, wrong: 'wrong-secret-for-the-leak-test', password: federation.users.demo.password };
  expect(irisBodies.some((b) => b.url.includes('/_next/static/') && b.url.endsWith('.js'))).toBe(true);
  const readable = await page.evaluate(() => ({ cookie: document.cookie, html: document.documentElement.outerHTML, local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));
  expect(readable.cookie).not.toContain('iris_session');
  for (const [name, value] of Object.entries(secrets)) {
    for (const body of irisBodies) expect(body.text.includes(value), `${name} in ${body.url}`).toBe(false);
    for (const url of [...urls, page.url()]) expect(url.includes(value), `${name} in a URL`).toBe(false);
    for (const text of Object.values(readable)) expect(text.includes(value), `${name} readable by scripts`).toBe(false);
    for (const line of iris.stdout) expect(line.includes(value), `${name} in Iris's output`).toBe(false);
  }
  for (const cookie of (await page.context().cookies()).filter((c) => c.name.startsWith('iris_'))) expect(cookie.httpOnly, cookie.name).toBe(true);
  const signIns = iris.securityEvents().filter((e) => e.action === 'sign-in');
  expect(signIns.filter((e) => e.outcome === 'allowed').map((e) => [e.reason, e.user])).toEqual([
    ['websso', 'fed-demo'],
    ['application_credential', 'demo'],
  ]);
  expect(signIns.filter((e) => e.reason === 'bad_application_credential')).toHaveLength(1);
  await page.context().close();
});

test('a callback this browser never started is refused, from Keystone’s origin or another site', async ({ browser }) => {
  const before = iris.securityEvents().length;
  const page = await freshPage(browser);
  await postFrom(page, `${keystoneOrigin}/forged-websso`, FORGED);
  await expect(page.getByRole('alert').filter({ hasText: 'Iris received a sign-in it did not start in this browser' })).toBeVisible();
  // another site: the pending cookie would not even be sent (SameSite)
  await postFrom(page, 'http://attacker.example/login-csrf', FORGED);
  await expect(page.getByRole('alert').filter({ hasText: 'Iris received a sign-in it did not start' })).toBeVisible();
  expect(await cookieNames(page.context())).not.toContain('iris_session');
  expect(securityEventsSince(before).map((e) => [e.action, e.outcome, e.reason])).toEqual([
    ['sign-in', 'refused', 'websso_no_pending'],
    ['sign-in', 'refused', 'websso_no_pending'],
  ]);
  await page.context().close();
});

test('a callback from an origin other than Keystone is refused, even in a browser that started a sign-in', async ({ browser }) => {
  const page = await freshPage(browser);
  await startSignIn(page);
  const before = iris.securityEvents().length;
  // same site (loopback), so the pending cookie comes along: only the Origin check stands in the way
  const valid = await tokenFor('demo');
  await postFrom(page, `http://127.0.0.1:${irisPort + 58}/forged`, valid);
  await expect(page.getByRole('alert').filter({ hasText: 'did not come back from this cloud’s identity service' })).toBeVisible();
  expect(await cookieNames(page.context())).not.toContain('iris_session');
  expect(await cookieNames(page.context())).not.toContain('iris_websso');
  expect(securityEventsSince(before).map((e) => e.reason)).toEqual(['websso_origin_mismatch']);
  await page.context().close();
});

test('a token Keystone does not confirm, or one not from the identity provider, is refused', async ({ browser }) => {
  const page = await freshPage(browser);
  await startSignIn(page);
  const before = iris.securityEvents().length;
  await postFrom(page, `${keystoneOrigin}/forged-websso`, FORGED);
  await expect(page.getByRole('alert').filter({ hasText: 'Keystone did not confirm the sign-in' })).toBeVisible();

  // a real token, but from a password sign-in: not what the provider vouched for
  await startSignIn(page);
  await postFrom(page, `${keystoneOrigin}/forged-websso`, await tokenFor('demo'));
  await expect(page.getByRole('alert').filter({ hasText: 'Keystone did not confirm the sign-in' })).toBeVisible();
  expect(await cookieNames(page.context())).not.toContain('iris_session');
  expect(securityEventsSince(before).map((e) => e.reason)).toEqual(['websso_token_401', 'websso_token_not_from_provider']);
  await page.context().close();
});

test('a replayed callback is refused: the pending sign-in is used once', async ({ browser }) => {
  const page = await freshPage(browser);
  let token = '';
  page.on('request', (request) => {
    if (request.url() === `${iris.url}${CALLBACK}`) token = new URLSearchParams(request.postData() ?? '').get('token') ?? '';
  });
  await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.solo);
  await page.waitForURL('**/images');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'iris_session')!.value;
  const before = iris.securityEvents().length;
  await postFrom(page, `${keystoneOrigin}/replay`, token);
  await expect(page.getByRole('alert').filter({ hasText: 'did not start in this browser' })).toBeVisible();
  // the session of the genuine sign-in is untouched, no second one was made
  expect((await page.context().cookies()).find((c) => c.name === 'iris_session')!.value).toBe(cookie);
  expect(securityEventsSince(before).map((e) => e.reason)).toEqual(['websso_no_pending']);
  await page.context().close();
});

test('starting a sign-in: no open redirect through next or origin, and only from an Iris page', async ({ browser }) => {
  const page = await freshPage(browser);
  const start = (query: Record<string, string>, site = 'same-origin') =>
    page.context().request.get(`${iris.url}/auth/websso/start?${new URLSearchParams(query)}`, { headers: { 'sec-fetch-site': site }, maxRedirects: 0 });
  const pendingCookie = async () => unseal((await page.context().cookies()).find((c) => c.name === 'iris_websso')!.value, stack.sessionSecret);

  const res = await start({ choice: federation.idp, next: 'https://attacker.example/x', origin: 'https://attacker.example/cb' });
  expect(res.status()).toBe(303);
  const location = new URL(res.headers().location!);
  expect(location.origin + location.pathname).toBe(`${stack.keystoneUrl}/auth/OS-FEDERATION/identity_providers/${federation.idp}/protocols/openid/websso`);
  expect(location.searchParams.get('origin')).toBe(`${iris.url}${CALLBACK}`);
  expect((await page.context().cookies()).find((c) => c.name === 'iris_websso')!.httpOnly).toBe(true);
  expect(await pendingCookie()).toMatchObject({ next: '/images', choice: federation.idp });

  expect((await start({ choice: federation.idp, next: '/\\attacker.example' })).status()).toBe(303);
  expect(await pendingCookie()).toMatchObject({ next: '/images' });
  expect((await start({ choice: federation.idp, next: '/images?tab=public' })).status()).toBe(303);
  expect(await pendingCookie()).toMatchObject({ next: '/images?tab=public' });

  // another site cannot start one in the user's browser
  expect((await start({ choice: federation.idp }, 'cross-site')).status()).toBe(403);
  const unknown = await start({ choice: 'no-such-provider' });
  expect(new URL(unknown.headers().location!, iris.url).search).toBe('?sso=not_offered');
  await page.context().close();
});

test('the login page says which of Keystone and the identity provider is not answering', async ({ browser }) => {
  const page = await freshPage(browser);
  const choose = async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: federation.button }).click();
  };
  provider.mode = { kind: 'down' };
  await choose();
  await expect(page).toHaveURL(/\/login\?sso=idp_down/);
  await expect(page.getByRole('alert').filter({ hasText: `The identity provider (${federation.providerLabel}) is not answering` })).toBeVisible();

  provider.mode = { kind: 'hang' };
  await choose();
  await expect(page).toHaveURL(/\/login\?sso=idp_down/);
  await expect(page.getByRole('alert').filter({ hasText: `${federation.providerLabel} is not answering` })).toBeVisible();

  provider.mode = { kind: 'pass' };
  keystone.mode = { kind: 'down' };
  await choose();
  await expect(page).toHaveURL(/\/login\?sso=keystone_down/);
  await expect(page.getByRole('alert').filter({ hasText: 'The identity service (Keystone) is not answering' })).toBeVisible();

  await page.goto('/login');
  await new FederatedLoginPage(page).signInWithApplicationCredential({ id: federation.appcred.id, secret: federation.appcred.secret });
  await expect(page.getByRole('alert').filter({ hasText: 'The identity service (Keystone) is not answering' })).toBeVisible();
  expect(await cookieNames(page.context())).not.toContain('iris_websso');
  expect(await cookieNames(page.context())).not.toContain('iris_session');
  await page.context().close();
});
