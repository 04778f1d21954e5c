import { test, expect } from './fixtures';
import { seal } from '../lib/session/seal';
import { LoginPage } from './pages/login-page';
import { stack, users } from './support/env';
import { Glance, tokenFor, uniqueName } from './support/openstack';

test.describe('security headers', () => {
  test('pages carry a nonce-based CSP and the usual hardening headers', async ({ page }) => {
    const response = await page.goto('/login');
    const headers = response!.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
    // every script Next renders carries this response's nonce
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const value of scripts) expect(value).toBe(nonce);
  });

  test('each response gets a fresh nonce', async ({ request }) => {
    const a = (await request.get('/login')).headers()['content-security-policy'];
    const b = (await request.get('/login')).headers()['content-security-policy'];
    expect(a).not.toBe(b);
  });
});

test.describe('authentication is enforced by every entry point itself', () => {
  const someId = '00000000-0000-4000-8000-000000000000';

  test('route handlers answer 401 without a session', async ({ playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const paths = ['/api/projects', `/api/images/${someId}`, `/api/images/${someId}/file`, `/api/images/${someId}/members`, `/api/images/statuses?ids=${someId}`, '/api/images/invitations'];
    for (const path of paths) {
      const res = await anonymous.get(path);
      expect(res.status(), path).toBe(401);
      expect((await res.json()).error.message).toBe('Sign in to continue.');
    }
    const upload = await anonymous.put(`/api/uploads/${someId}`, { headers: { origin: new URL(test.info().project.use.baseURL!).origin }, data: Buffer.alloc(8) });
    expect(upload.status()).toBe(401);
    await anonymous.dispose();
  });

  test('a forged or foreign-secret cookie is no session (even though proxy.ts lets it through)', async ({ browser }) => {
    const baseURL = test.info().project.use.baseURL!;
    const forged = seal(
      { v: 1, token: 'forged', expiresAt: '2099-01-01T00:00:00Z', user: { id: 'x', name: 'mallory', domain: 'Default' }, project: { id: 'x', name: 'x' }, roles: ['admin'], glanceUrl: stack.glanceUrl },
      'not-the-server-secret-but-long-enough-0123456789',
    );
    for (const value of ['garbage', forged]) {
      const context = await browser.newContext({ baseURL });
      await context.addCookies([{ name: 'iris_session', value, url: baseURL }]);
      const page = await context.newPage();
      await page.goto('/images');
      await expect(page).toHaveURL(/\/login/);
      expect((await context.request.get('/api/projects')).status()).toBe(401);
      await context.close();
    }
  });

  test('a server action replayed without a session does nothing', async ({ browser }) => {
    const baseURL = test.info().project.use.baseURL!;
    // sign in fresh: switching project revokes the token, so no shared fixture here
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('User name').fill('demo');
    await page.getByLabel('Password').fill('demo-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/images');
    const actionRequest = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
    await page.getByRole('button', { name: /^Project / }).click();
    const target = (await page.getByTestId('current-project').textContent()) === 'demo' ? 'demo-lab' : 'demo';
    await page.getByRole('list', { name: 'Your projects' }).getByRole('button', { name: target, exact: true }).click();
    const captured = await actionRequest;

    const anonymous = await browser.newContext({ baseURL });
    const replay = await anonymous.request.post(captured.url(), {
      headers: { 'next-action': captured.headers()['next-action']!, 'content-type': captured.headers()['content-type'] ?? 'text/plain' },
      data: captured.postData() ?? '',
      maxRedirects: 0,
    });
    // the action redirects to login (303) instead of switching anything
    expect([303, 307]).toContain(replay.status());
    expect(replay.headers()['location'] ?? replay.headers()['x-action-redirect'] ?? '').toContain('/login');
    expect((await anonymous.cookies()).find((c) => c.name === 'iris_session')).toBeUndefined();
    await anonymous.close();
    await context.close();
  });
});

test.describe('tenant isolation', () => {
  let altImageId: string;
  test.beforeAll(async () => {
    altImageId = (await (await Glance.as('alt')).createImage({ name: uniqueName('alt-secret-image'), visibility: 'private' })).id;
  });
  test.afterAll(async () => {
    await (await Glance.as('alt')).deleteImage(altImageId);
  });

  test("demo's session cannot read alt's private image", async ({ demoPage }) => {
    const res = await demoPage.request.get(`/api/images/${altImageId}`);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain('alt-secret-image');
    // and alt can, so the 404 is isolation, not a broken route
    const altToken = await tokenFor('alt');
    const direct = await fetch(`${stack.glanceUrl}/v2/images/${altImageId}`, { headers: { 'x-auth-token': altToken } });
    expect(direct.status).toBe(200);
  });

  test('malformed image IDs are refused before reaching Glance', async ({ demoPage }) => {
    for (const bad of ['not-a-uuid', '..%2F..%2Fv2%2Fimages', "1'%20OR%201=1"]) {
      const res = await demoPage.request.get(`/api/images/${bad}`);
      expect(res.status(), bad).toBe(400);
    }
  });
});

test('behind an https reverse proxy the session cookie is also Secure', async ({ browser }) => {
  // SESSION_COOKIE_SECURE=auto (the default) follows X-Forwarded-Proto, as a TLS-terminating proxy sends it
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const page = await context.newPage();
  await new LoginPage(page).signIn(users.curator);
  await page.waitForURL('**/images**');
  const cookie = (await context.cookies()).find((c) => c.name === 'iris_session');
  expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  await context.close();
});
