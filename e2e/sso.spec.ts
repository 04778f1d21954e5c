import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell';
import { FederatedLoginPage } from './pages/login-page';
import { federation } from './support/env';
import { tokenIsValid } from './support/openstack';
import { sessionToken } from './support/session';

// The real chain: Iris → Keystone WebSSO → the OpenID provider's own page → Keystone → Iris's callback.

test.describe('sign in with the identity provider (WebSSO)', () => {
  test('fed-demo signs in at the provider, lands on a mapped project’s images, switches project and signs out', async ({ page }) => {
    const onProvider = page.waitForURL(new RegExp(`^${federation.issuer}/interaction/`));
    await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.demo);
    // it was the provider's own page, reached through Keystone
    await onProvider;
    await page.waitForURL('**/images');
    const shell = new AppShell(page);
    await expect(shell.currentProject()).toHaveText('demo');
    await expect(page.getByRole('link', { name: /fed-demo/ })).toBeVisible();
    await expect(page.getByRole('table').getByText('demo-private', { exact: true })).toBeVisible();

    const firstToken = await sessionToken(page.context());
    await shell.switchProject('demo-lab');
    await expect(page.getByRole('table').getByText('lab-private')).toBeVisible();
    expect(await tokenIsValid(firstToken)).toBe(false);

    const token = await sessionToken(page.context());
    await shell.signOut();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    expect(await tokenIsValid(token)).toBe(false);
  });

  test('fed-solo sees only its own project', async ({ page }) => {
    await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.solo);
    await page.waitForURL('**/images');
    const shell = new AppShell(page);
    await expect(shell.currentProject()).toHaveText('fed-solo');
    await page.getByRole('button', { name: /^Project / }).click();
    const projects = page.getByRole('list', { name: 'Your projects' }).getByRole('button');
    await expect(projects).toHaveText([/^fed-solo\s*current$/]);
  });

  test('fed-guest, mapped to no project, is told so and gets no session', async ({ page }) => {
    await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.guest);
    await page.waitForURL('**/login?sso=no_project**');
    const alert = page.getByRole('alert').filter({ hasText: 'No project yet' });
    await expect(alert).toContainText(`You signed in with ${federation.providerLabel}, but Keystone gives your account no project.`);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('iris_session');
    await page.goto('/images');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a next path from the login page survives the round trip; an outside one does not', async ({ page }) => {
    await page.goto('/login?next=%2Fimages%3Ftab%3Dpublic');
    await new FederatedLoginPage(page).signInWithProvider(federation.button, federation.users.solo);
    await page.waitForURL('**/images?tab=public');

    const other = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
    const second = await other.newPage();
    await second.goto('/login?next=%2F%2Fevil.example%2Fx');
    await new FederatedLoginPage(second).signInWithProvider(federation.button, federation.users.solo);
    await second.waitForURL('**/images');
    expect(new URL(second.url()).host).toBe(new URL(page.url()).host);
    await other.close();
  });
});

test.describe('sign in with an application credential', () => {
  test('by ID: lists the credential’s project’s images, and the switcher explains why it cannot switch', async ({ page }) => {
    await new FederatedLoginPage(page).signInWithApplicationCredential({ id: federation.appcred.id, secret: federation.appcred.secret });
    await page.waitForURL('**/images');
    const shell = new AppShell(page);
    await expect(shell.currentProject()).toHaveText('demo');
    await expect(page.getByRole('table').getByText('demo-private', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Project / }).click();
    await expect(page.getByText('You signed in with an application credential. Keystone scopes it to one project for good')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your projects' }).getByRole('button')).toHaveCount(0);
  });

  test('by name and user', async ({ page }) => {
    await new FederatedLoginPage(page).signInWithApplicationCredential({ name: federation.appcred.name, user: federation.appcred.user, secret: federation.appcred.secret });
    await page.waitForURL('**/images');
    await expect(new AppShell(page).currentProject()).toHaveText('demo');
    // no password to change: "Sign out everywhere" says what ends this credential's sessions instead
    await page.getByRole('link', { name: /your session/ }).click();
    await expect(page.getByText('You signed in with an application credential. To end every session it opened, delete the credential')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out everywhere' })).toHaveCount(0);
  });

  test('a wrong secret says so, keeps the ID, and creates no session', async ({ page }) => {
    const login = new FederatedLoginPage(page);
    await login.signInWithApplicationCredential({ id: federation.appcred.id, secret: 'not-the-secret' });
    await login.expectError('Keystone did not accept this application credential: the secret is wrong');
    await expect(page.getByLabel('Application credential ID')).toHaveValue(federation.appcred.id);
    await expect(page.getByLabel('Secret')).toHaveValue('');
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('iris_session');
  });

  test('an empty form is explained next to each field', async ({ page }) => {
    const login = new FederatedLoginPage(page);
    await login.signInWithApplicationCredential({ id: '', secret: '' });
    await expect(page.getByText('Enter the application credential’s ID.')).toBeVisible();
    await expect(page.getByText('Enter the application credential’s secret.')).toBeVisible();
    await expect(page.getByLabel('Application credential ID')).toHaveAttribute('aria-invalid', 'true');
  });
});

test('the login page offers every configured choice, at 1360 and 390 px, axe clean', async ({ page }, testInfo) => {
  for (const size of [{ width: 1360, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.goto('/login');
    await expect(page.getByRole('link', { name: federation.button })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Authenticate using' }).getByRole('radio')).toHaveCount(2);
    await expect(page.getByRole('radio', { name: 'Keystone password' })).toBeChecked();
    await expect(page.getByLabel('User name')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`login-choices-${size.width}.png`), fullPage: true });
    await page.getByRole('radio', { name: 'Application credential' }).check();
    await expect(page.getByLabel('Application credential ID')).toBeVisible();
    await expect(page.getByLabel('User name')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`login-application-credential-${size.width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});
