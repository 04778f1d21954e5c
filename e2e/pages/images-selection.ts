import { expect, type Locator, type Page } from '@playwright/test';
import { ImagesPage } from './images-page';

/** Selection, the bulk bar, row Delete and the delete dialog on the Images list. */
export class ImagesSelection {
  readonly list: ImagesPage;

  constructor(readonly page: Page) {
    this.list = new ImagesPage(page);
  }

  checkbox(name: string): Locator {
    return this.list.table().getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }

  selectAllBox(): Locator {
    return this.list.table().getByRole('checkbox', { name: 'Select all on this page' });
  }

  async select(...names: string[]) {
    for (const name of names) await this.checkbox(name).check();
  }

  bar(): Locator {
    return this.page.getByRole('region', { name: 'Selected images' });
  }

  /** "Delete N images" in the bulk bar; waits for the dialog. */
  async deleteSelected(count: number) {
    await this.bar().getByRole('button', { name: `Delete ${count} image${count === 1 ? '' : 's'}` }).click();
    await expect(this.dialog()).toBeVisible();
  }

  rowDeleteButton(name: string): Locator {
    return this.list.row(name).getByRole('button', { name: `Delete ${name}`, exact: true });
  }

  async deleteRow(name: string) {
    await this.rowDeleteButton(name).click();
    await expect(this.dialog()).toBeVisible();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The dialog's own confirm button ("Delete image", "Delete 2 images"). */
  confirmButton(): Locator {
    return this.dialog().getByRole('button', { name: /^Delete (image|\d+ images)$/ });
  }

  results(): Locator {
    return this.dialog().getByRole('list', { name: 'Deletion results' });
  }

  result(name: string): Locator {
    return this.results().getByRole('listitem').filter({ hasText: `${name}:` });
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('[data-toast]').filter({ hasText: text });
  }
}
