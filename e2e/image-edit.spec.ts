import { test, expect } from './fixtures';
import { Glance, uniqueName } from './support/openstack';

const PATCH = 'application/openstack-images-v2.1-json-patch';

test.describe('edit', () => {
  let glance: Glance;
  let id: string;
  let name: string;

  test.beforeEach(async () => {
    glance = await Glance.as('demo');
    name = uniqueName('edit');
    const image = await glance.createImage({ name, tags: ['keep', 'drop'], hw_disk_bus: 'virtio', stale_prop: 'x', os_distro: 'debian' });
    id = image.id;
  });
  test.afterEach(async () => glance.deleteImage(id));

  test('each field changes in Glance, and only the changed fields are sent', async ({ demoPage }) => {
    test.slow(); // many round trips to the real Glance
    await demoPage.goto(`/images/${id}/edit`);
    const label = (text: string) => demoPage.getByLabel(text, { exact: true });
    await label('Name').fill(`${name} renamed "quoted"`);
    await label('Description').fill('A description with $dollars');
    await label('Minimum disk (GiB)').fill('12');
    await label('Minimum RAM (MiB)').fill('2048');
    await label('Architecture').fill('aarch64');
    await label('OS distribution').fill('ubuntu');
    await label('OS version').fill('24.04');
    await label('Protected').check();
    await demoPage.getByRole('button', { name: 'Remove tag drop' }).click();
    await label('New tag').fill('fresh');
    await demoPage.getByRole('button', { name: 'Add tag' }).click();
    // properties: change one (hw_disk_bus, in its catalog field), remove one, add one
    await demoPage.getByRole('combobox', { name: 'Disk Bus', exact: true }).selectOption('scsi');
    await demoPage.getByRole('button', { name: 'Remove property stale_prop' }).click();
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    await demoPage.getByLabel('Property 1 key').fill('hw_qemu_guest_agent');
    await demoPage.getByLabel('Property 1 value (hw_qemu_guest_agent)').fill('yes');

    const preview = demoPage.getByRole('region', { name: 'Command line' });
    await expect(preview).toContainText(`openstack image set --name '${name} renamed "quoted"'`);
    await expect(preview).toContainText(`openstack image unset --property stale_prop --tag drop ${id}`);

    // someone else changes another field meanwhile: the save must not undo it
    await glance.request('PATCH', `/v2/images/${id}`, [{ op: 'add', path: '/concurrent', value: 'kept' }], PATCH);

    await demoPage.getByRole('button', { name: /^Save \d+ changes$/ }).click();
    await expect(demoPage.locator('[data-toast]').filter({ hasText: /^Saved \d+ changes/ })).toBeVisible();
    await demoPage.waitForURL(`**/images/${id}`);

    const image = (await glance.getImage(id))!;
    expect(image).toMatchObject({
      name: `${name} renamed "quoted"`,
      description: 'A description with $dollars',
      min_disk: 12,
      min_ram: 2048,
      architecture: 'aarch64',
      os_distro: 'ubuntu',
      os_version: '24.04',
      protected: true,
      hw_disk_bus: 'scsi',
      hw_qemu_guest_agent: 'yes',
      concurrent: 'kept',
    });
    expect(image.stale_prop).toBeUndefined();
    expect([...(image.tags as string[])].sort()).toEqual(['fresh', 'keep']);
    await expect(demoPage.getByRole('heading', { level: 1 })).toHaveText(`${name} renamed "quoted"`);

    // and clearing a dedicated field removes the property
    await demoPage.goto(`/images/${id}/edit`);
    await label('OS version').fill('');
    await demoPage.getByRole('button', { name: 'Save 1 change' }).click();
    await demoPage.waitForURL(`**/images/${id}`);
    await expect.poll(async () => (await glance.getImage(id))?.os_version).toBeUndefined();
  });

  test('invalid values are explained next to the field and nothing is sent', async ({ demoPage }) => {
    await demoPage.goto(`/images/${id}/edit`);
    await demoPage.getByLabel('Minimum disk (GiB)').fill('-1');
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    await demoPage.getByLabel('Property 2 key').fill('os_glance_sneaky');
    await demoPage.getByLabel('Property 2 value (os_glance_sneaky)').fill('v');
    await demoPage.getByLabel('Name', { exact: true }).fill(`${name}-x`);
    await demoPage.getByRole('button', { name: /^Fix 2 fields to save$/ }).click();
    await expect(demoPage.getByText('Minimum disk must be a whole number of GiB, 0 or more.')).toBeVisible();
    await expect(demoPage.getByText('Keys starting with “os_glance_” are reserved for Glance.')).toBeVisible();
    await expect(demoPage.getByLabel('Minimum disk (GiB)')).toBeFocused();
    await expect(demoPage).toHaveURL(new RegExp(`/images/${id}/edit$`));
    const after = (await glance.getImage(id))!;
    expect(after).toMatchObject({ name, min_disk: 0 });
    expect(after.os_glance_sneaky).toBeUndefined();
  });

  test('an invalid value is named next to its field at once, even as the only change, and nothing is sent', async ({ demoPage }) => {
    test.slow(); // nine cases on one page, each checked several ways
    const before = await glance.getImage(id);
    const sent: string[] = [];
    demoPage.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    const label = (text: string) => demoPage.getByLabel(text, { exact: true });
    const save = demoPage.getByRole('button', { name: /^(Save|Fix|No changes)/ });
    const preview = demoPage.getByTestId('edit-preview-blocked');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    /** The one change on the form is refused: said next to its field, and Save only shows the way to it. */
    async function expectRefused(field: ReturnType<typeof label>, message: string, fieldName: string) {
      // at once: before any click on the button
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
      await expect(save).toHaveText('Fix 1 field to save');
      await expect(preview).toHaveText(`Nothing can be saved until this field is fixed: ${fieldName}.`);
      await expect(demoPage.getByText('No changes yet.')).toHaveCount(0);
      await save.click();
      await expect(field).toBeFocused();
      await expect(demoPage).toHaveURL(new RegExp(`/images/${id}/edit$`));
    }
    /** Undoing the change clears the message: the form is back to "nothing to save". */
    async function expectClean(field: ReturnType<typeof label>) {
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(save).toHaveText('No changes to save');
      await expect(save).toBeDisabled();
      await expect(demoPage.getByText('No changes yet.')).toBeVisible();
    }

    await demoPage.goto(`/images/${id}/edit`);
    await expect(save).toHaveText('No changes to save');
    const minDisk = label('Minimum disk (GiB)');
    for (const value of ['-1', 'abc', '1.5']) {
      await minDisk.fill(value);
      await expectRefused(minDisk, 'Minimum disk must be a whole number of GiB, 0 or more.', 'Minimum disk');
      await minDisk.fill('0');
      await expectClean(minDisk);
    }

    const minRam = label('Minimum RAM (MiB)');
    await minRam.fill('9223372036854775808');
    await expectRefused(minRam, 'Minimum RAM can be at most 2,147,483,647 MiB.', 'Minimum RAM');
    await minRam.fill('0');
    await expectClean(minRam);

    const reserved: Record<string, string> = {
      owner: '“owner” is set by Glance and cannot be changed.',
      status: '“status” is set by Glance and cannot be changed.',
      id: '“id” is set by Glance and cannot be changed.',
      os_glance_x: 'Keys starting with “os_glance_” are reserved for Glance.',
    };
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    const newKey = label('Property 2 key');
    for (const [key, message] of Object.entries(reserved)) {
      await newKey.fill(key);
      await expectRefused(newKey, message, 'Property 2 key');
    }
    // an empty new row is no change at all
    await newKey.fill('');
    await expectClean(newKey);

    const newTag = label('New tag');
    await newTag.fill('keep');
    await newTag.press('Enter');
    await expect(demoPage.getByRole('list', { name: 'Current tags' }).getByRole('listitem')).toHaveCount(2);
    await expectRefused(newTag, '“keep” is already a tag of this image: clear the field.', 'Tags');
    await newTag.fill('');
    await expectClean(newTag);

    expect(sent, 'no request other than page loads left the browser').toEqual([]);
    expect(await glance.getImage(id)).toEqual(before);
  });
});
