import { expect, type Locator, type Page } from '@playwright/test';

/** The Create Image page (/images/create) and the upload panel it turns into. */
export class CreateImagePage {
  readonly name: Locator;
  readonly description: Locator;
  readonly diskFormat: Locator;
  readonly containerFormat: Locator;
  readonly minDisk: Locator;
  readonly minRam: Locator;
  readonly newTag: Locator;
  readonly tagChips: Locator;
  readonly url: Locator;
  readonly expectedHash: Locator;
  readonly uploadProgress: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.description = page.getByLabel('Description', { exact: true });
    this.diskFormat = page.getByLabel('Disk format');
    this.containerFormat = page.getByLabel('Container format');
    this.minDisk = page.getByLabel('Minimum disk (GiB)');
    this.minRam = page.getByLabel('Minimum RAM (MiB)');
    this.newTag = page.getByLabel('New tag', { exact: true });
    this.tagChips = page.getByRole('list', { name: 'Current tags' }).getByRole('listitem');
    this.url = page.getByLabel('Image URL');
    this.expectedHash = page.getByLabel('Expected checksum (optional)');
    this.uploadProgress = page.getByRole('progressbar', { name: 'Upload progress' });
    this.status = page.getByTestId('image-status');
  }

  async goto() {
    await this.page.goto('/images/create');
    await expect(this.page.getByRole('heading', { name: 'Create image', level: 1 })).toBeVisible();
  }

  /** Limit the browser's upload speed (DevTools network emulation), so progress can be watched. */
  async throttleUpload(bytesPerSecond: number) {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
    return cdp;
  }

  /**
   * Open the page, choose `file` (its format detected as `diskFormat`), name it and submit, with
   * the browser's upload limited to `bytesPerSecond` and the progress bar's values recorded.
   */
  async startUpload({ file, name, diskFormat, bytesPerSecond }: { file: string; name: string; diskFormat: string; bytesPerSecond: number }) {
    await this.throttleUpload(bytesPerSecond);
    await this.goto();
    await this.chooseFile(file);
    await expect(this.diskFormat).toHaveValue(diskFormat);
    await this.name.fill(name);
    await this.recordProgress();
    await this.submit();
  }

  async chooseFile(file: string) {
    await this.page.getByLabel('Image file').setInputFiles(file);
  }

  async chooseSource(label: 'Upload a file' | 'Import from a URL') {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async chooseVisibility(label: string) {
    await this.page.getByRole('radiogroup', { name: 'Visibility' }).getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }

  /** Type tags (commas separate them) and add them as chips with Add tag. */
  async addTags(typed: string) {
    await this.newTag.fill(typed);
    await this.page.getByRole('button', { name: 'Add tag' }).click();
  }

  async setProperty(index: number, key: string, value: string) {
    const rows = this.page.getByRole('list', { name: 'Custom properties' }).getByRole('listitem');
    if ((await rows.count()) <= index) await this.page.getByRole('button', { name: 'Add property' }).click();
    await this.page.getByLabel(`Property ${index + 1} key`, { exact: true }).fill(key);
    await this.page.getByLabel(new RegExp(`^Property ${index + 1} value`)).fill(value);
  }

  async submit() {
    await this.page.getByRole('button', { name: /^Create and (upload|import)$/ }).click();
  }

  /** The inline error shown under a field (Field renders it as `<id>-error`). */
  fieldError(id: string) {
    return this.page.locator(`[id="${id}-error"]`);
  }

  /** Collect every value the upload progress bar shows, from now on. */
  async recordProgress() {
    await this.page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Upload progress"]');
        const value = Number(bar?.getAttribute('aria-valuenow'));
        if (bar && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    });
  }

  progressSeen(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  }

  checksumRow(label: string) {
    const row = this.page.getByTestId(`checksum-row-${label}`);
    return { stored: row.getByTestId('stored'), reference: row.getByTestId('reference'), verdict: row.getByTestId('verdict') };
  }
}
