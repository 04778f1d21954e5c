import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/login${query}`);
  }

  async signIn(user: { username: string; password: string }, domain = 'Default') {
    if (!this.page.url().includes('/login')) await this.goto();
    await this.page.getByLabel('User name').fill(user.username);
    await this.page.getByLabel('Password').fill(user.password);
    await this.page.getByLabel('Domain').fill(domain);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async expectError(message: string | RegExp) {
    await expect(this.page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
}
