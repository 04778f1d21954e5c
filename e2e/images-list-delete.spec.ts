import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ImagesSelection } from './pages/images-selection';
import { stack } from './support/env';
import { Glance, uniqueName } from './support/openstack';

const PROTECTED_REASON = 'This image is protected: Glance refuses to delete it until it is unprotected.';

test.describe('delete from the Images list', () => {
  let demo: Glance;
  let admin: Glance;
  const created: { glance: Glance; id: string }[] = [];

  test.beforeAll(async () => {
    demo = await Glance.as('demo');
    admin = await Glance.as('admin');
  });

  test.afterAll(async () => {
    for (const { glance, id } of created.splice(0)) await glance.deleteImage(id);
  });

  /** Images named `<prefix>-<suffix>` (owned by demo unless `owner` is given), newest last. */
  async function seed<K extends string>(prefix: string, specs: Record<K, Record<string, unknown>>, glance = demo) {
    const images = {} as Record<K, { id: string; name: string }>;
    for (const suffix of Object.keys(specs) as K[]) {
      const image = await glance.createImage({ name: `${prefix}-${suffix}`, ...specs[suffix] });
      created.push({ glance, id: image.id });
      images[suffix] = { id: image.id, name: image.name };
    }
    return images;
  }

  const exists = async (id: string) => (await demo.getImage(id)) !== undefined;

  async function openList(page: Page, prefix: string, tab = 'project') {
    const ui = new ImagesSelection(page);
    await ui.list.goto(`?tab=${tab}&q=${prefix}`);
    return ui;
  }

  test('select two images, delete them, see each result; Glance forgets both', async ({ demoPage }) => {
    const prefix = uniqueName('listdel');
    const { a, b, keep } = await seed(prefix, { a: {}, b: {}, keep: {} });
    const ui = await openList(demoPage, prefix);
    await expect(ui.bar()).toBeHidden();
    await ui.select(a.name, b.name);
    await expect(ui.bar()).toContainText('2 images selected');

    await ui.deleteSelected(2);
    await expect(ui.dialog().getByRole('heading')).toHaveText('Delete 2 images?');
    const listed = ui.dialog().getByRole('list', { name: 'Images to delete' });
    await expect(listed).toContainText(a.name);
    await expect(listed).toContainText(b.name);
    await expect(listed).not.toContainText(keep.name);
    await expect(ui.dialog()).toContainText('Deletion is permanent');
    await expect(ui.dialog()).toContainText('may fail to reboot');
    await ui.confirmButton().click();

    await expect(ui.dialog().getByRole('heading')).toHaveText('Deletion results');
    await expect(ui.dialog()).toContainText('All 2 images were deleted.');
    await expect(ui.result(a.name)).toContainText('deleted');
    await expect(ui.result(b.name)).toContainText('deleted');
    expect(await exists(a.id)).toBe(false);
    expect(await exists(b.id)).toBe(false);
    expect(await exists(keep.id)).toBe(true);

    // the list refreshed behind the dialog; the selection went with the rows
    await expect(ui.list.row(a.name)).toHaveCount(0);
    await expect(ui.list.row(b.name)).toHaveCount(0);
    await ui.dialog().getByRole('button', { name: 'Close' }).click();
    await expect(ui.dialog()).toBeHidden();
    await expect(ui.bar()).toBeHidden();
    await expect(ui.list.row(keep.name)).toBeVisible();
  });

  test('a protected image in the batch is refused with the reason, the other one is deleted', async ({ demoPage }) => {
    const prefix = uniqueName('listdel');
    const { locked, plain } = await seed(prefix, { locked: { protected: true }, plain: {} });
    const ui = await openList(demoPage, prefix);
    await ui.select(locked.name, plain.name);
    await ui.deleteSelected(2);
    await expect(ui.dialog()).toContainText(`Will not be deleted: ${PROTECTED_REASON}`);
    await expect(ui.dialog().getByRole('button', { name: `Unprotect “${locked.name}”` })).toBeVisible();
    await expect(ui.confirmButton()).toHaveText('Delete image'); // only one will be sent
    await ui.confirmButton().click();

    await expect(ui.dialog()).toContainText('1 of 2 images deleted.');
    await expect(ui.result(plain.name)).toContainText(`${plain.name}: deleted`);
    await expect(ui.result(locked.name)).toContainText(`${locked.name}: not deleted. ${PROTECTED_REASON}`);
    await expect(ui.toast(/Deleted/)).toHaveCount(0); // the dialog reports it, no toast repeats it
    expect(await exists(plain.id)).toBe(false);
    expect((await demo.getImage(locked.id))?.protected).toBe(true);

    await ui.dialog().getByRole('button', { name: 'Close' }).click();
    await expect(ui.list.row(plain.name)).toHaveCount(0);
    await expect(ui.checkbox(locked.name)).toBeChecked(); // refused rows stay selected
    await expect(ui.bar()).toContainText('1 image selected');
  });

  test('delete one image from its row', async ({ demoPage }) => {
    const prefix = uniqueName('listdel');
    const { one, other } = await seed(prefix, { one: {}, other: {} });
    const ui = await openList(demoPage, prefix);
    await ui.deleteRow(one.name);
    await expect(ui.dialog().getByRole('heading')).toHaveText(`Delete image “${one.name}”?`);
    await expect(ui.dialog().getByRole('textbox')).toHaveCount(0); // private: nothing to type
    await ui.confirmButton().click();
    await expect(ui.toast(`Deleted “${one.name}”.`)).toBeVisible();
    await expect(ui.dialog()).toBeHidden();
    await expect(ui.list.row(one.name)).toHaveCount(0);
    await expect(ui.list.row(other.name)).toBeVisible();
    expect(await exists(one.id)).toBe(false);
    expect(await exists(other.id)).toBe(true);
  });

  test('a shared image needs the phrase typed; cancel and Escape delete nothing', async ({ demoPage }) => {
    const prefix = uniqueName('listdel');
    const { a, b } = await seed(prefix, { a: { visibility: 'shared' }, b: {} });
    const ui = await openList(demoPage, prefix);
    await ui.select(a.name, b.name);
    await ui.deleteSelected(2);
    await expect(ui.confirmButton()).toBeDisabled();
    await ui.dialog().getByLabel(/Type .* to confirm/).fill('delete 2 images');
    await expect(ui.confirmButton()).toBeEnabled();
    await ui.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(ui.dialog()).toBeHidden();
    await expect(ui.bar()).toContainText('2 images selected'); // cancel keeps the selection

    await ui.deleteRow(b.name);
    await demoPage.keyboard.press('Escape');
    await expect(ui.dialog()).toBeHidden();
    expect(await exists(a.id)).toBe(true);
    expect(await exists(b.id)).toBe(true);
    await expect(ui.list.row(a.name)).toBeVisible();
  });

  test('select all covers the page, other projects’ rows are disabled with the reason, a new view clears the selection', async ({ demoPage }) => {
    const prefix = uniqueName('listdel');
    const mine = await seed(prefix, { x: {}, y: {} });
    const { foreign } = await seed(prefix, { foreign: { visibility: 'public', owner: stack.projects.alt } }, admin);
    const ui = await openList(demoPage, prefix, 'all');

    await expect(ui.checkbox(foreign.name)).toBeDisabled();
    await expect(ui.checkbox(foreign.name)).toHaveAccessibleDescription('Only the project that owns this image can delete it.');
    await expect(ui.rowDeleteButton(foreign.name)).toHaveCount(0);

    await ui.checkbox(mine.x.name).check();
    await expect(ui.selectAllBox()).toHaveJSProperty('indeterminate', true);
    await ui.selectAllBox().check();
    await expect(ui.checkbox(mine.y.name)).toBeChecked();
    await expect(ui.checkbox(foreign.name)).not.toBeChecked();
    await expect(ui.bar()).toContainText('2 images selected');

    await ui.list.sortBy('Name', 'ascending');
    await expect(ui.bar()).toBeHidden();
    await expect(ui.checkbox(mine.x.name)).not.toBeChecked();

    // a page with no row demo may delete has no selection column at all
    await ui.list.goto(`?tab=public&q=${prefix}`);
    await expect(ui.list.row(foreign.name)).toBeVisible();
    await expect(ui.list.table().getByRole('checkbox')).toHaveCount(0);
  });

  test('the list with a selection and the open dialog have no serious accessibility violations; nothing overflows at 390px', async ({ demoPage }) => {
    test.slow(); // axe on a loaded machine
    const prefix = uniqueName('listdel');
    const { a, b } = await seed(prefix, { a: { protected: true }, b: { visibility: 'shared' } });
    const ui = await openList(demoPage, prefix);
    await ui.select(a.name, b.name);
    const axe = () => new AxeBuilder({ page: demoPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = async () =>
      (await axe()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious(), 'list with a selection').toEqual([]);
    await ui.deleteSelected(2);
    expect(await serious(), 'delete dialog').toEqual([]);
    await ui.dialog().getByRole('button', { name: 'Cancel' }).click();

    await demoPage.setViewportSize({ width: 390, height: 844 });
    await expect(ui.bar()).toBeVisible();
    const overflow = await demoPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bar = await ui.bar().boundingBox();
    expect(bar!.x).toBeGreaterThanOrEqual(0);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(390);
  });
});
