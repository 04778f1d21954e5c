import { expect, type Locator, type Page } from '@playwright/test';

// The confirmations respondToShare returns once Glance accepted the answer.
const ANSWER_DONE = {
  Accept: 'Accepted: the image now appears in your lists.',
  'Accept again': 'Accepted: the image now appears in your lists.',
  Reject: 'Rejected: the image is hidden from your lists.',
  'Hide again (reject)': 'Rejected: the image is hidden from your lists.',
  'Move back to pending': 'Moved back to pending invitations.',
} as const;

/** /images/{id}/sharing: the owner's member list and the member project's invitation. */
export class ImageSharingPage {
  constructor(readonly page: Page) {}

  async goto(imageId: string) {
    await this.page.goto(`/images/${imageId}/sharing`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Sharing/ })).toBeVisible();
  }

  // Owner side

  projectInput(): Locator {
    return this.page.getByLabel('Project name or ID');
  }

  addButton(): Locator {
    return this.page.getByRole('button', { name: /^(Add project|Switch to shared and add)$/ });
  }

  async add(text: string) {
    await this.projectInput().fill(text);
    await this.addButton().click();
  }

  /** The hint or the error under the project field. */
  fieldHelp(): Locator {
    return this.page.locator('form[aria-label="Add a member project"]');
  }

  rows(): Locator {
    return this.page.getByTestId('member-row');
  }

  row(projectId: string): Locator {
    return this.page.locator(`[data-testid="member-row"][data-project-id="${projectId}"]`);
  }

  async remove(projectId: string) {
    const row = this.row(projectId);
    await row.getByRole('button', { name: /^Remove / }).click();
    await row.getByRole('button', { name: 'Remove access' }).click();
  }

  // Consumer side

  invitationStatus(): Locator {
    return this.page.getByTestId('invitation-status');
  }

  /** Answer the invitation and wait until Glance confirmed it (the status badge alone is optimistic). */
  async answer(label: keyof typeof ANSWER_DONE) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await expect(this.page.getByText(ANSWER_DONE[label])).toBeVisible();
  }

  cliCommands(): Locator {
    return this.page.getByTestId('cli-command');
  }
}
