import { test, expect } from './fixtures';
import { LoginPage } from './pages/login-page';
import { users } from './support/env';
import { sessionToken } from './support/session';

test('the Keystone token never reaches the browser', async ({ page }) => {
  const bodies: { url: string; text: string }[] = [];
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), text: (await response.body()).toString('utf8') });
    } catch {
      // redirects have no body
    }
  });

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(users.demo);
  await page.waitForURL('**/images');
  // an RSC navigation and a route handler call, too
  await page.getByRole('button', { name: /^Project / }).click();
  await expect(page.getByRole('list', { name: 'Your projects' })).toBeVisible();
  await page.reload();
  await page.waitForLoadState('networkidle');

  const token = await sessionToken(page.context());
  expect(token.length).toBeGreaterThan(100);
  expect(bodies.length).toBeGreaterThan(5);
  expect(bodies.some((b) => b.url.includes('/_next/static/') && b.url.endsWith('.js'))).toBe(true);
  for (const body of bodies) expect(body.text.includes(token), `token found in ${body.url}`).toBe(false);
  for (const url of [...urls, page.url()]) expect(url.includes(token)).toBe(false);

  const visible = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    html: document.documentElement.outerHTML,
  }));
  expect(visible.cookie).not.toContain('iris_session');
  for (const value of Object.values(visible)) expect(value.includes(token)).toBe(false);

  const cookie = (await page.context().cookies()).find((c) => c.name === 'iris_session')!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  expect(cookie.value.includes(token)).toBe(false);
});
