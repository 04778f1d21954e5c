import { expect, type Page } from '@playwright/test';

/** The header every signed-in page has: project switcher and sign-out. */
export class AppShell {
  constructor(readonly page: Page) {}

  currentProject() {
    return this.page.getByTestId('current-project');
  }

  /** The cloud the session is in, named in the header when the login page offered several. */
  currentCloud() {
    return this.page.getByRole('banner').getByTestId('current-cloud');
  }

  /** The header's link to the invitations waiting for this project's answer (absent when none wait). */
  invitationsLink() {
    return this.page.getByRole('banner').getByRole('link', { name: /^Invitations\b/ });
  }

  async switchProject(name: string) {
    await this.page.getByRole('button', { name: /^Project / }).click();
    await this.page.getByRole('list', { name: 'Your projects' }).getByRole('button', { name, exact: true }).click();
    await expect(this.currentProject()).toHaveText(name);
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await this.page.waitForURL('**/login**');
  }
}
