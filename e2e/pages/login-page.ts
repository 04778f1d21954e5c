import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/login${query}`);
  }

  /** The Cloud field, shown when the operator configured several clouds (AVAILABLE_REGIONS). */
  cloudField() {
    return this.page.getByLabel('Cloud', { exact: true });
  }

  /** Choose a cloud; again until the sign-in forms carry it (a choice made before hydration is lost). */
  async chooseCloud(label: string) {
    if (!this.page.url().includes('/login')) await this.goto();
    await expect(async () => {
      await this.cloudField().selectOption(label);
      await expect(this.page.locator('input[name="cloud"]').first()).toHaveValue(label, { timeout: 1_000 });
    }).toPass();
  }

  async signIn(user: { username: string; password: string }, domain = 'Default') {
    if (!this.page.url().includes('/login')) await this.goto();
    await this.page.getByLabel('User name').fill(user.username);
    await this.page.getByLabel('Password', { exact: true }).fill(user.password);
    await this.page.getByLabel('Domain').fill(domain);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async expectError(message: string | RegExp) {
    await expect(this.page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
}

/** The other sign-in choices of the login page: an identity provider (WebSSO) and application credentials. */
export class FederatedLoginPage extends LoginPage {
  /** "Sign in with <provider>", then the provider's own sign-in page (scripts/openstack/oidc). */
  async signInWithProvider(button: string, user: { username: string; password: string }) {
    if (!this.page.url().includes('/login')) await this.goto();
    await this.page.getByRole('link', { name: button }).click();
    await expect(this.page.getByRole('heading', { name: /^Sign in to / })).toBeVisible();
    await this.page.getByLabel('Username').fill(user.username);
    await this.page.getByLabel('Password', { exact: true }).fill(user.password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async signInWithApplicationCredential(credential: { id?: string; name?: string; user?: string; secret: string }) {
    if (!this.page.url().includes('/login')) await this.goto();
    await this.page.getByRole('radio', { name: 'Application credential' }).check();
    if (credential.id !== undefined) {
      await this.page.getByLabel('Application credential ID').fill(credential.id);
    } else {
      await this.page.getByRole('radio', { name: 'Name and user' }).check();
      await this.page.getByLabel('Application credential name').fill(credential.name ?? '');
      await this.page.getByLabel('Its user name').fill(credential.user ?? '');
    }
    await this.page.getByLabel('Secret').fill(credential.secret);
    await this.page.getByRole('button', { name: 'Sign in with application credential' }).click();
  }
}
