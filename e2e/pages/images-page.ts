import { expect, type Locator, type Page } from '@playwright/test';

export type TabName = 'Project' | 'Official' | 'Shared with me' | 'Public' | 'Community' | 'All';

/** The Images list: tabs, search and filters, the table, paging. */
export class ImagesPage {
  /** `origin`: another Iris than Playwright's own (a spec's IrisServer), e.g. `http://127.0.0.1:3150`. */
  constructor(
    readonly page: Page,
    private readonly origin = '',
  ) {}

  async goto(query = '') {
    await this.page.goto(`${this.origin}/images${query}`);
    await this.settled();
  }

  /** The table or its empty state is on screen (not the skeleton). */
  async settled() {
    await expect(this.page.getByText('Loading images…')).toHaveCount(0);
    await expect(this.table().or(this.emptyState()).or(this.errorState())).toBeVisible();
  }

  tabs() {
    return this.page.getByRole('navigation', { name: 'Image lists' });
  }

  tab(name: TabName) {
    return this.tabs().getByRole('link', { name: new RegExp(`^${name}\\b`) });
  }

  async openTab(name: TabName) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-current', 'page');
    await this.settled();
  }

  async openShareState(label: 'Accepted' | 'Pending invitations' | 'Rejected') {
    const link = this.page.getByRole('navigation', { name: 'Share status' }).getByRole('link', { name: label });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await this.settled();
  }

  table() {
    return this.page.getByRole('table');
  }

  emptyState() {
    return this.page.locator('[role="status"]').filter({ has: this.page.locator('p.font-medium') });
  }

  errorState() {
    return this.page.getByRole('alert').filter({ hasText: 'The images could not be loaded' });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader').getByRole('link', { name, exact: true }) });
  }

  status(name: string): Locator {
    return this.row(name).locator('td[data-column="status"]');
  }

  /** Names on this page, top to bottom. */
  async names(): Promise<string[]> {
    if (!(await this.table().isVisible())) return [];
    return this.table().locator('tbody th[scope="row"] a').allInnerTexts();
  }

  nextLink() {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Next/ });
  }

  previousLink() {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Previous/ });
  }

  async next() {
    await this.nextLink().click();
    await expect(this.page).toHaveURL(/marker=/);
    await this.settled();
  }

  async previous() {
    await this.previousLink().click();
    await expect(this.page).toHaveURL(/before=/);
    await this.settled();
  }

  /** Image IDs on this page, top to bottom. */
  async ids(): Promise<string[]> {
    if (!(await this.table().isVisible())) return [];
    // rows carry their ID once, in the name's link (/images/<id>)
    return this.rows().evaluateAll((rows) => rows.map((row) => row.querySelector('th a')?.getAttribute('href')?.split('/').pop() ?? ''));
  }

  /** Every row of the current view, following Next (bounded). */
  async allRows(maxPages = 10): Promise<{ names: string[]; ids: string[] }> {
    const names = await this.names();
    const ids = await this.ids();
    for (let i = 1; i < maxPages && (await this.nextLink().count()); i += 1) {
      await this.next();
      names.push(...(await this.names()));
      ids.push(...(await this.ids()));
    }
    return { names, ids };
  }

  /** The line above the rows that says how a search or a filtered view was answered. */
  searchNote(): Locator {
    return this.page.getByTestId('search-note');
  }

  async search(text: string) {
    await this.page.getByLabel('Name contains').fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
    await this.settled();
  }

  /** Choose a filter value and wait for the view it leads to (the URL changes first, then the rows). */
  async filter(label: 'Status' | 'Disk format' | 'Visibility' | 'Protected' | 'Type' | 'Rows per page' | 'Date', value: string) {
    const before = this.page.url();
    // scoped to the filters: the Columns menu has checkboxes named Visibility and Protected too
    await this.page.getByRole('search', { name: 'Search and filter images' }).getByLabel(label, { exact: true }).selectOption(value);
    await expect.poll(() => this.page.url()).not.toBe(before);
    await this.settled();
  }

  /** Click a column header and wait until the table says it is sorted that way. */
  async sortBy(column: 'Name' | 'Status' | 'Format' | 'Size' | 'Created', direction: 'ascending' | 'descending') {
    const header = () => this.table().getByRole('columnheader', { name: new RegExp(`^${column}\\b`) });
    await header().getByRole('link').click();
    await expect(header()).toHaveAttribute('aria-sort', direction);
    await this.settled();
  }

  /** The "Show hidden images" box: Glance then lists only the hidden ones. */
  async showHidden(on: boolean) {
    await this.page.getByRole('checkbox', { name: 'Show hidden images' }).setChecked(on);
    await expect(this.page).toHaveURL(on ? /[?&]hidden=true/ : /^(?!.*[?&]hidden=)/);
    await this.settled();
  }

  columnHeader(label: string) {
    // sortable headers carry their sort hint in the name ("Size ↕, sort descending")
    return this.table().getByRole('columnheader', { name: new RegExp(`^${label}\\b`) });
  }

  /** Tick or untick an optional column in the Columns menu and wait for the table to follow. */
  async setColumn(label: string, on: boolean) {
    const menu = this.page.locator('details').filter({ has: this.page.locator('summary', { hasText: 'Columns' }) });
    if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
    await menu.getByRole('checkbox', { name: label, exact: true }).setChecked(on);
    await expect(this.columnHeader(label)).toHaveCount(on ? 1 : 0);
  }

  /** A cell of an optional column (`os`, `login`) in the row of `name`. */
  cell(name: string, column: 'os' | 'login') {
    return this.row(name).locator(`td[data-column="${column}"]`);
  }

  shareButton(action: 'Accept' | 'Reject' | 'Restore', name: string) {
    return this.row(name).getByRole('button', { name: new RegExp(`^${action} ${name}`) });
  }
}
