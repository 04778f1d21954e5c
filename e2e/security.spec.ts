import { statSync } from 'node:fs';
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
    const paths = ['/api/projects', `/api/images/${someId}`, `/api/images/${someId}/file`, `/api/images/${someId}/members`, `/api/images/statuses?ids=${someId}`, '/api/images/invitations', '/api/images/empty-records'];
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
    await page.getByLabel('Password', { exact: true }).fill('demo-secret');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
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

test.describe('forwarded headers and Origin', () => {
  const baseURL = () => test.info().project.use.baseURL!;
  const someId = '00000000-0000-4000-8000-000000000000';

  test('without TRUSTED_PROXIES a client-sent X-Forwarded-Proto/Host changes nothing', async ({ browser }) => {
    // this server trusts no proxy: a client claiming https is not believed (a forged
    // X-Forwarded-Host would already make Next refuse the sign-in action, so it is tried on uploads)
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' } });
    const page = await context.newPage();
    const response = await page.goto('/login');
    expect(response!.headers()['strict-transport-security']).toBeUndefined();
    await new LoginPage(page).signIn(users.curator);
    await page.waitForURL('**/images**');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'iris_session')).toMatchObject({ secure: false, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.find((c) => c.name === 'iris_last_project')).toMatchObject({ secure: false, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.some((c) => c.name.startsWith('__Host-'))).toBe(false);
    // an upload whose Origin matches only the forged X-Forwarded-Host is refused
    const forged = await context.request.put(`/api/uploads/${someId}`, { headers: { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }, data: Buffer.alloc(8) });
    expect(forged.status()).toBe(403);
    await context.close();
  });

  test('Origin must match scheme, host and port, on uploads, downloads and server actions', async ({ demoPage }) => {
    const own = new URL(baseURL());
    const wrong = [`https://${own.host}`, `http://${own.hostname}:${Number(own.port) + 1}`, 'http://evil.example', 'null'];
    for (const origin of wrong) {
      const upload = await demoPage.request.put(`/api/uploads/${someId}`, { headers: { origin }, data: Buffer.alloc(8) });
      expect(upload.status(), `upload from ${origin}`).toBe(403);
      const download = await demoPage.request.get(`/api/images/${someId}/file`, { headers: { origin } });
      expect(download.status(), `download from ${origin}`).toBe(403);
      // any server action POST: refused before Next even looks the action up
      const action = await demoPage.request.post('/images', { headers: { origin, 'next-action': 'x', 'content-type': 'text/plain' }, data: '[]' });
      expect(action.status(), `server action from ${origin}`).toBe(403);
    }
    // Iris's own origin passes the Origin check (the image does not exist, hence 404/409-free 4xx from later checks)
    const upload = await demoPage.request.put(`/api/uploads/${someId}`, { headers: { origin: own.origin }, data: Buffer.alloc(8) });
    expect(upload.status()).not.toBe(403);
  });

  test('a server action replayed from another origin is refused and changes nothing', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    await new LoginPage(page).signIn(users.demo);
    await page.waitForURL('**/images');
    const before = await page.getByTestId('current-project').textContent();
    const target = before === 'demo' ? 'demo-lab' : 'demo';
    // capture the real switch-project action, but stop it before it reaches Iris
    await page.route('**/*', (route) => (route.request().headers()['next-action'] ? route.abort() : route.fallback()));
    const actionRequest = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
    await page.getByRole('button', { name: /^Project / }).click();
    await page.getByRole('list', { name: 'Your projects' }).getByRole('button', { name: target, exact: true }).click();
    const captured = await actionRequest;
    await page.unroute('**/*');

    const replay = await context.request.post(captured.url(), {
      headers: {
        'next-action': captured.headers()['next-action']!,
        'content-type': captured.headers()['content-type'] ?? 'text/plain',
        origin: `https://${new URL(baseURL()).host}`,
      },
      data: captured.postData() ?? '',
      maxRedirects: 0,
    });
    expect(replay.status()).toBe(403);
    await page.goto('/images');
    await expect(page.getByTestId('current-project')).toHaveText(before!);
    await context.close();
  });
});

test('a malformed session cookie is no session: 401 on the file routes, login for pages, never 500', async ({ playwright }) => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const baseURL = test.info().project.use.baseURL!;
  const origin = new URL(baseURL).origin;
  for (const cookie of ['iris_session=%', 'iris_session=%E0%A4%A', 'iris_session="%"; iris_last_project=%']) {
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    expect((await client.get(`/api/images/${someId}/file`)).status(), cookie).toBe(401);
    expect((await client.fetch(`/api/images/${someId}/file`, { method: 'HEAD' })).status(), cookie).toBe(401);
    expect((await client.put(`/api/uploads/${someId}`, { headers: { origin }, data: Buffer.alloc(8) })).status(), cookie).toBe(401);
    expect((await client.get('/api/projects')).status(), cookie).toBe(401);
    const page = await client.get('/images', { maxRedirects: 0 });
    expect(page.status(), cookie).toBe(307);
    expect(page.headers()['location'], cookie).toContain('/login');
    await client.dispose();
  }
});

test('the local stack keeps its demo passwords (seed.env) readable by their owner only', async () => {
  const mode = statSync(`${process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack'}/seed.env`).mode & 0o777;
  expect(mode.toString(8)).toBe('600');
});
