import { expect, type Locator, type Page } from '@playwright/test';

/** The Admin view: curation queue, per-project totals, all images with filters, curate dialog. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/admin/images${query}`);
    await expect(this.page.getByRole('heading', { name: 'All images', level: 1 })).toBeVisible();
  }

  queueItem(name: string): Locator {
    return this.page.getByRole('region', { name: /^Awaiting review in / }).getByRole('listitem', { name, exact: true });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Images of all projects' });
  }

  /** Table rows whose name link is exactly `name`. */
  rows(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  totals(): Locator {
    return this.page.getByRole('table', { name: 'Images and bytes per project' });
  }

  async filter(label: 'Owner project' | 'Visibility' | 'Status' | 'Size' | 'Listing' | 'Sort', option: string) {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async filterByName(name: string) {
    await this.page.getByLabel('Exact name').fill(name);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
    await this.page.waitForURL((url) => url.searchParams.get('name') === name);
  }

  /** Opens the curate dialog from a row ("Curate") or the queue ("Review and publish"). */
  async openCurate(name: string, button: 'Curate' | 'Review and publish' = 'Curate'): Promise<Locator> {
    await this.page.getByRole('button', { name: `${button} ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Curate “${name}”` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async choose(dialog: Locator, option: string) {
    await dialog.getByRole('radio', { name: option, exact: true }).check();
  }

  async confirm(dialog: Locator, button: string) {
    await dialog.getByRole('button', { name: button, exact: true }).click();
    // closes once the action answered: a Glance read, a PATCH and the page's re-render
    await expect(dialog).toBeHidden({ timeout: 30_000 });
  }
}
