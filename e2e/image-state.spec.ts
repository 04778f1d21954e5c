import { randomBytes } from 'node:crypto';
import { test, expect } from './fixtures';
import { ImageDetailsPage } from './pages/image-details-page';
import { Glance, uniqueName } from './support/openstack';

test.describe('deactivate and protect', () => {
  let glance: Glance;
  let id: string;

  test.beforeEach(async () => {
    glance = await Glance.as('demo');
    id = (await glance.createImage({ name: uniqueName('state') })).id;
    await glance.upload(id, randomBytes(1024));
  });
  test.afterEach(async () => {
    const image = await glance.getImage(id);
    if (image?.status === 'deactivated') await glance.request('POST', `/v2/images/${id}/actions/reactivate`);
    await glance.deleteImage(id);
  });

  test('the owner deactivates, then reactivates', async ({ demoPage }) => {
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    const availability = details.section('Availability');
    await expect(availability.getByTestId('cli-command').locator('code')).toHaveText(`$ openstack image set --deactivate ${id}`);
    await availability.getByRole('button', { name: 'Deactivate', exact: true }).click();
    const dialog = demoPage.getByRole('dialog');
    await expect(dialog).toContainText('New instances cannot boot from a deactivated image');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await expect(details.toast(/^Deactivated/)).toBeVisible();
    await expect.poll(async () => (await glance.getImage(id))?.status).toBe('deactivated');
    await expect(demoPage.getByTestId(`status-${id}`)).toHaveText('deactivated');
    await expect(demoPage.getByRole('button', { name: 'Download' })).toBeDisabled();

    await availability.getByRole('button', { name: 'Reactivate', exact: true }).click();
    await expect(details.toast(/^Reactivated/)).toBeVisible();
    await expect.poll(async () => (await glance.getImage(id))?.status).toBe('active');
    await expect(demoPage.getByTestId(`status-${id}`)).toHaveText('active');
  });

  test('protect and unprotect from the details page', async ({ demoPage }) => {
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    await details.section('Protection').getByRole('button', { name: 'Protect from deletion' }).click();
    await expect.poll(async () => (await glance.getImage(id))?.protected).toBe(true);
    await expect(details.fact('Protected')).toHaveText('Yes: cannot be deleted');
    await details.section('Protection').getByRole('button', { name: 'Unprotect', exact: true }).click();
    await expect.poll(async () => (await glance.getImage(id))?.protected).toBe(false);
    await expect(details.fact('Protected')).toHaveText('No');
  });
});
