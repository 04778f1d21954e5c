import { expect, type Page, type Request } from '@playwright/test';

/** The image details page (/images/{id}) and its dialogs. */
export class ImageDetailsPage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/images/${id}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  section(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The value shown for a term in the Details / Data integrity sections. */
  fact(term: string) {
    return this.page.locator('dt', { hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  visibilityOption(label: string) {
    return this.section('Visibility').getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  async changeVisibility(label: string, { confirm }: { confirm: boolean }) {
    await this.visibilityOption(label).check();
    await this.section('Visibility').getByRole('button', { name: 'Change visibility' }).click();
    if (confirm) {
      const dialog = this.page.getByRole('dialog');
      await dialog.getByRole('button', { name: new RegExp(`^Make ${label.toLowerCase()}$`) }).click();
      await expect(dialog).toBeHidden();
    }
  }

  toast(text: string | RegExp) {
    return this.page.locator('[data-toast]').filter({ hasText: text });
  }

  deleteDialog() {
    return this.page.getByRole('dialog');
  }

  async openDelete() {
    await this.page.getByRole('button', { name: 'Delete…' }).click();
    await expect(this.deleteDialog()).toBeVisible();
  }

  /** The next server-action POST the browser sends (to replay it elsewhere). */
  nextServerAction(): Promise<Request> {
    return this.page.waitForRequest((request) => request.method() === 'POST' && !!request.headers()['next-action']);
  }
}

/** Replay a captured server-action request from another signed-in context, optionally with a new body. */
export async function replayServerAction(page: Page, captured: Request, body?: string | Buffer) {
  const headers = { ...captured.headers() };
  delete headers.cookie;
  const response = await page.request.post(captured.url(), { headers, data: body ?? captured.postDataBuffer() ?? '' });
  return { status: response.status(), text: await response.text() };
}
