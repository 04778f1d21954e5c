import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { users } from './support/env';
import { revoke, tokenIsValid } from './support/openstack';
import { sessionToken } from './support/session';

test.describe('sign in', () => {
  test('wrong password shows a clear message and keeps the user name', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn({ username: 'demo', password: 'not-the-password' });
    await login.expectError('The user name, password or domain is not correct.');
    await expect(page.getByLabel('User name')).toHaveValue('demo');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page).toHaveURL(/\/login/);
  });

  test('empty fields are explained next to each field', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByLabel('Domain').fill('');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('Enter your user name.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    await expect(page.getByLabel('User name')).toHaveAttribute('aria-invalid', 'true');
  });

  test('demo sees the seeded images of project demo, switches project, and signs out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(users.demo);
    await page.waitForURL('**/images');
    const shell = new AppShell(page);
    await expect(shell.currentProject()).toHaveText(/^demo(-lab)?$/);
    if ((await shell.currentProject().textContent()) !== 'demo') await shell.switchProject('demo');

    const table = page.getByRole('table');
    for (const name of ['demo-private', 'demo-protected', 'demo-shared']) {
      await expect(table.getByRole('link', { name, exact: true }).or(table.getByText(name, { exact: true }))).toBeVisible();
    }
    await expect(table.getByText('lab-private')).toHaveCount(0);
    await expect(table.getByText('alt-private')).toHaveCount(0);

    const firstToken = await sessionToken(page.context());
    await shell.switchProject('demo-lab');
    await expect(page.getByRole('table').getByText('lab-private')).toBeVisible();
    await expect(page.getByRole('table').getByText('demo-private')).toHaveCount(0);
    // switching revokes the previous token
    expect(await tokenIsValid(firstToken)).toBe(false);

    await shell.switchProject('demo');
    const token = await sessionToken(page.context());
    await shell.signOut();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    expect(await tokenIsValid(token)).toBe(false);
    await page.goto('/images');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a revoked token sends the user to login and back to the page they wanted', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(users.alt);
    await page.waitForURL('**/images');
    await revoke(await sessionToken(page.context()));

    await page.goto('/images?tab=project');
    await expect(page).toHaveURL(/\/login\?next=%2Fimages%3Ftab%3Dproject&reason=expired/);
    await expect(page.getByText('Your session has ended')).toBeVisible();
    await login.signIn(users.alt);
    await expect(page).toHaveURL(/\/images\?tab=project$/);
  });

  // each resolves to //evil.example… once the URL is normalised: the check must run on that
  const offSite = ['//evil.example/images', 'https://evil.example/', '/\\evil.example', '/.//evil.example/x', '/%2e//evil.example/x', '/..//evil.example/x', '/./\\evil.example/x'];

  test('login never redirects off-site', async ({ page }) => {
    const login = new LoginPage(page);
    // the form carries only a safe destination, whatever the URL said
    for (const next of offSite) {
      await login.goto(`?next=${encodeURIComponent(next)}`);
      await expect(page.locator('input[name="next"]'), next).toHaveValue('/images');
    }
    // and signing in from such a link lands on Iris
    await login.goto(`?next=${encodeURIComponent('/.//evil.example/x')}`);
    await login.signIn(users.alt);
    await page.waitForURL((url) => url.pathname === '/images');
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });

  test('a signed-in user sent to /login?next=… is redirected on this site only', async ({ altPage }) => {
    const ownHost = new URL(test.info().project.use.baseURL!).host;
    for (const next of offSite) {
      const res = await altPage.request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(res.status(), next).toBe(307);
      const location = res.headers()['location']!;
      // resolved the way a browser resolves it, the redirect stays on Iris
      expect(new URL(location, test.info().project.use.baseURL).host, `${next} → ${location}`).toBe(ownHost);
      expect(location, next).not.toMatch(/^\/\/|^\/\\|^https?:/);
    }
  });

  test('signing in over a live session revokes the token it replaces', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(users.alt);
    await page.waitForURL('**/images');
    const first = await sessionToken(page.context());

    // a second sign-in in the same browser (the login form is still reachable while signed in)
    await login.goto('?reason=expired');
    await login.signIn(users.alt);
    await page.waitForURL('**/images');
    const second = await sessionToken(page.context());
    expect(second).not.toBe(first);
    expect(await tokenIsValid(first)).toBe(false);
    expect(await tokenIsValid(second)).toBe(true);
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('pages without a session redirect to login with the page to return to', async ({ page }) => {
    await page.goto('/images?tab=public');
    await expect(page).toHaveURL(/\/login\?next=%2Fimages%3Ftab%3Dpublic/);
  });
});
