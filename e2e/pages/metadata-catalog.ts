import type { Locator, Page } from '@playwright/test';

/** The Metadata catalog in Create and Edit: searched, then a field found by its title. */
export class MetadataCatalogPanel {
  constructor(readonly page: Page) {}

  async search(text: string) {
    await this.page.getByLabel('Search the metadata catalog').fill(text);
  }

  /** A typed field (label = the property's title). */
  field(title: string): Locator {
    return this.page.getByLabel(title, { exact: true });
  }
}
