import { expect, type Locator, type Page } from '@playwright/test';

/** Admin → Metadata definitions: the namespace list, a namespace's page and its forms. */
export class MetadefsPage {
  constructor(readonly page: Page) {}

  /** As an admin looks for it: the Admin link, then the section tab. */
  async open() {
    await this.page.goto('/images');
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await this.page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Metadata definitions' }).click();
    await expect(this.page.getByRole('heading', { name: 'Metadata definitions', level: 1, exact: true })).toBeVisible();
  }

  async openNamespace(title: string) {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1, exact: true })).toBeVisible();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The preview's field (label = the property's title). */
  previewField(title: string): Locator {
    return this.section('Preview in Create and Edit').getByLabel(title, { exact: true });
  }

  async searchPreview(text: string) {
    await this.section('Preview in Create and Edit').getByLabel('Search the metadata catalog').fill(text);
  }

  async fillNamespaceForm(values: { namespace?: string; displayName?: string; description?: string; prefix?: string; visibility?: 'Public' | 'Private'; protected?: boolean }) {
    if (values.namespace !== undefined) await this.page.getByLabel('Namespace', { exact: true }).fill(values.namespace);
    if (values.displayName !== undefined) await this.page.getByLabel('Display name').fill(values.displayName);
    if (values.description !== undefined) await this.page.getByLabel('Description').fill(values.description);
    if (values.prefix !== undefined) await this.page.getByLabel('Image property prefix (optional)').fill(values.prefix);
    if (values.visibility) await this.page.getByRole('radio', { name: new RegExp(`^${values.visibility}`) }).check();
    if (values.protected !== undefined) await this.page.getByRole('checkbox', { name: /^Protected/ }).setChecked(values.protected);
  }

  async fillPropertyForm(values: { name?: string; title?: string; type?: string; choices?: string; minimum?: string; maximum?: string }) {
    if (values.name !== undefined) await this.page.getByLabel('Name', { exact: true }).fill(values.name);
    if (values.title !== undefined) await this.page.getByLabel('Title', { exact: true }).fill(values.title);
    if (values.type !== undefined) await this.page.getByLabel('Type').selectOption(values.type);
    if (values.choices !== undefined) await this.page.getByLabel(/^(Choices|Allowed items)/).fill(values.choices);
    if (values.minimum !== undefined) await this.page.getByLabel('Minimum (optional)').fill(values.minimum);
    if (values.maximum !== undefined) await this.page.getByLabel('Maximum (optional)').fill(values.maximum);
  }
}
