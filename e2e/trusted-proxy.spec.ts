import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LoginPage } from './pages/login-page';
import { irisPort, users } from './support/env';
import { IrisServer } from './support/iris-server';
import { createTestUser, deleteTestUser, passwordToken, type TestUser } from './support/openstack';
import { sessionToken } from './support/session';
import { TlsProxy } from './support/tls-proxy';

/**
 * An Iris of its own behind a TLS-terminating proxy it trusts (TRUSTED_PROXIES), with small
 * sign-in limits, whose stdout the tests read: cookies and Origin behind https, who the client
 * is, sign-in throttling, and the security log. The proxy connects from 127.0.0.2 so Iris can
 * tell it from the browser (127.0.0.1).
 */
test.describe.configure({ mode: 'serial' });

const PROXY_ADDRESS = '127.0.0.2';
const someId = '00000000-0000-4000-8000-000000000000';
let iris: IrisServer;
let proxy: TlsProxy;
let user: TestUser;
const secrets: string[] = [];

test.beforeAll(async () => {
  user = await createTestUser('throttle');
  iris = await new IrisServer(irisPort + 70 + test.info().parallelIndex, {
    TRUSTED_PROXIES: PROXY_ADDRESS,
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3',
    SIGN_IN_MAX_FAILURES_PER_CLIENT: '6',
    SIGN_IN_LOCKOUT_SECONDS: '120',
  }).start();
  proxy = await new TlsProxy(iris.url, PROXY_ADDRESS).start();
  secrets.push(user.password, ...Object.values(users).map((u) => u.password));
});

test.afterAll(async () => {
  await proxy?.stop();
  await iris?.stop();
  await deleteTestUser(user);
});

/** One sign-in through the form; resolves with the message it shows once Iris answered. */
async function attempt(page: Page, who: { username: string; password: string }): Promise<string> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
  await new LoginPage(page).signIn(who);
  await answered;
  // the button reads "Sign in" again once the answer is on screen (the RSC answer streams, so its body is not read here)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  return (await page.locator('form').getByRole('alert').textContent()) ?? '';
}

async function signedIn(context: BrowserContext, who: { username: string; password: string }) {
  const page = await context.newPage();
  await page.goto('/login');
  await new LoginPage(page).signIn(who);
  await page.waitForURL('**/images**');
  secrets.push(await sessionToken(context));
  return page;
}

test('behind the trusted https proxy: __Host- cookies, HSTS, Origin of the https site, and the client the proxy saw', async ({ browser }) => {
  // the browser also claims an address of its own: only what the proxy saw counts
  const context = await browser.newContext({ baseURL: proxy.url, ignoreHTTPSErrors: true, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.7' } });
  const login = await context.request.get('/login');
  expect(login.headers()['strict-transport-security']).toBe('max-age=31536000');

  const page = await signedIn(context, users.curator);
  await expect(page.getByRole('table')).toBeVisible();
  const cookies = await context.cookies();
  const flags = { secure: true, httpOnly: true, sameSite: 'Lax', path: '/' };
  expect(cookies.find((c) => c.name === '__Host-iris_session')).toMatchObject(flags);
  expect(cookies.find((c) => c.name === '__Host-iris_last_project')).toMatchObject(flags);
  expect(cookies.find((c) => c.name === 'iris_session' || c.name === 'iris_last_project')).toBeUndefined();

  // Origin is compared with the site the browser sees: https, this host and port
  const fromSite = await context.request.put(`/api/uploads/${someId}`, { headers: { origin: proxy.url }, data: Buffer.alloc(8) });
  expect(fromSite.status()).toBe(404);
  const plainHttp = await context.request.put(`/api/uploads/${someId}`, { headers: { origin: proxy.url.replace('https:', 'http:') }, data: Buffer.alloc(8) });
  expect(plainHttp.status()).toBe(403);

  expect(iris.securityEvents()).toContainEqual(expect.objectContaining({ action: 'sign-in', outcome: 'allowed', user: 'curator', client: '127.0.0.1' }));
  expect(iris.securityEvents().some((e) => e.client === '198.51.100.7')).toBe(false);
  await context.close();
});

test('straight to Iris, the same forwarded headers are not believed', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: iris.url,
    extraHTTPHeaders: { 'x-forwarded-proto': 'https', 'x-forwarded-for': `198.51.100.7, ${PROXY_ADDRESS}` },
  });
  const login = await context.request.get('/login');
  expect(login.headers()['strict-transport-security']).toBeUndefined();
  await signedIn(context, users.curator);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'iris_session')).toMatchObject({ secure: false, httpOnly: true, sameSite: 'Lax' });
  expect(cookies.some((c) => c.name.startsWith('__Host-'))).toBe(false);
  const signIns = iris.securityEvents().filter((e) => e.action === 'sign-in' && e.outcome === 'allowed');
  expect(signIns.at(-1)).toMatchObject({ user: 'curator', client: '127.0.0.1' });
  await context.close();
});

test('refused actions are logged with user, project, action and reason', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: iris.url });
  const page = await signedIn(context, users.demo);
  const project = (await context.request.get('/api/projects').then((r) => r.json())) as { current: string };

  const admin = await page.goto('/admin/images');
  expect(admin!.status()).toBe(404);
  const upload = await context.request.put(`/api/uploads/${someId}`, { headers: { origin: 'http://evil.example' }, data: Buffer.alloc(8) });
  expect(upload.status()).toBe(403);
  const anonymous = await browser.newContext({ baseURL: iris.url });
  expect((await anonymous.request.get('/api/projects')).status()).toBe(401);
  await anonymous.close();

  const events = iris.securityEvents();
  expect(events).toContainEqual(expect.objectContaining({ action: 'admin.page', outcome: 'refused', reason: 'not_admin', user: 'demo', project: project.current }));
  expect(events).toContainEqual(
    expect.objectContaining({ action: 'PUT /api/uploads/{id}', outcome: 'refused', reason: 'origin_mismatch', user: 'demo', project: project.current, status: 403 }),
  );
  expect(events).toContainEqual(expect.objectContaining({ action: 'GET /api/projects', outcome: 'refused', reason: 'no_session', status: 401 }));
  await context.close();
});

test('wrong passwords lock the account with a message that says when to try again; each decision is one log line', async ({ page }) => {
  const login = new LoginPage(page);
  const locked = 'Too many failed sign-ins for this account. Wait 2 minutes, then try again.';
  await page.goto(`${iris.url}/login`);
  const wrong = ['wrong-1', 'wrong-2', 'wrong-3'];
  secrets.push(...wrong);
  for (const password of wrong.slice(0, 2)) expect(await attempt(page, { username: user.username, password })).not.toContain('Too many');
  await login.expectError('The user name, password or domain is not correct.');
  // the third failure locks the account, and the message says so at once
  expect(await attempt(page, { username: user.username, password: wrong[2]! })).toContain(locked);
  await login.expectError(`The user name, password or domain is not correct. ${locked}`);
  // now even the right password waits: Iris does not ask Keystone meanwhile
  expect(await attempt(page, user)).toContain(locked);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('User name')).toHaveValue(user.username);
  // Keystone itself has not locked the account
  expect(await passwordToken(user.username, user.password, user.project)).toBeTruthy();

  const mine = iris.securityEvents().filter((e) => e.user === user.username);
  expect(mine.map((e) => e.reason)).toEqual(['bad_credentials', 'bad_credentials', 'bad_credentials', 'throttled_account']);
  for (const event of mine) expect(event).toMatchObject({ action: 'sign-in', domain: 'Default', client: '127.0.0.1' });
  expect(mine.at(-1)).toMatchObject({ outcome: 'refused', status: 429 });
  expect(Number(mine.at(-1)!.retryAfter)).toBeGreaterThan(60);
});

test('a client guessing many accounts is throttled by its address', async ({ page }) => {
  const clientLimit = 'Too many failed sign-ins from your network address.';
  await page.goto(`${iris.url}/login`);
  // 6 failures from this address in all (the previous test made some of them)
  let answer = '';
  for (let attempts = 1; !answer.includes(clientLimit); attempts += 1) {
    expect(attempts, 'the client limit (6) should have been reached').toBeLessThanOrEqual(6);
    answer = await attempt(page, { username: `nobody-${attempts}-${Date.now()}`, password: 'guess' });
  }
  // a name never tried before is refused too, since the address is what is throttled
  expect(await attempt(page, { username: `fresh-${Date.now()}`, password: 'guess' })).toContain(clientLimit);
  await new LoginPage(page).expectError(clientLimit);
  expect(iris.securityEvents().at(-1)).toMatchObject({ action: 'sign-in', outcome: 'refused', reason: 'throttled_client', client: '127.0.0.1', status: 429 });
});

test('the log never holds a token or a password', () => {
  const output = iris.stdout.join('\n');
  expect(iris.securityEvents().length).toBeGreaterThan(10);
  for (const secret of secrets) expect(output.includes(secret), `a secret of ${secret.length} characters is in the log`).toBe(false);
});
