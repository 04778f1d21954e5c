import { test, expect } from './fixtures';
import { ImageDetailsPage } from './pages/image-details-page';
import { stack } from './support/env';
import { Glance, uniqueName } from './support/openstack';

test.describe('visibility', () => {
  const created: { glance: Glance; id: string }[] = [];
  test.afterEach(async () => {
    for (const { glance, id } of created.splice(0)) await glance.deleteImage(id);
  });

  async function make(user: 'demo' | 'admin', fields: Record<string, unknown> = {}) {
    const glance = await Glance.as(user);
    const image = await glance.createImage({ name: uniqueName('visibility'), ...fields });
    created.push({ glance, id: image.id });
    return { glance, id: image.id };
  }

  test('demo cycles private → shared → community → private; public is for admins only', async ({ demoPage }) => {
    test.slow(); // many round trips to the real Glance
    const { glance, id } = await make('demo');
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);

    await expect(details.visibilityOption('Public')).toBeDisabled();
    await expect(details.section('Visibility')).toContainText('Only administrators can publish. Ask a cloud administrator to publish it.');
    await expect(details.visibilityOption('Private')).toBeChecked();
    for (const [label, meaning] of [
      ['Private', 'Only your project can see and use it.'],
      ['Shared', 'Your project, plus projects you add as members once they accept.'],
      ['Community', 'Any project can use it, but it is not listed by default.'],
    ] as const) {
      await expect(details.visibilityOption(label)).toHaveAccessibleDescription(meaning);
    }

    await details.changeVisibility('Shared', { confirm: false });
    await expect.poll(async () => (await glance.getImage(id))?.visibility).toBe('shared');
    await expect(details.visibilityOption('Shared')).toBeChecked();
    await expect(demoPage.getByRole('link', { name: 'Manage sharing' })).toBeVisible();

    // leaving shared warns that members lose access, and asks first
    await details.visibilityOption('Community').check();
    await expect(details.section('Visibility').getByRole('status')).toContainText('Members lose access');
    await details.section('Visibility').getByRole('button', { name: 'Change visibility' }).click();
    await expect(demoPage.getByRole('dialog')).toContainText('Members lose access');
    await demoPage.getByRole('dialog').getByRole('button', { name: 'Make community' }).click();
    await expect.poll(async () => (await glance.getImage(id))?.visibility).toBe('community');
    await expect(details.visibilityOption('Community')).toBeChecked();

    await details.changeVisibility('Private', { confirm: false });
    await expect.poll(async () => (await glance.getImage(id))?.visibility).toBe('private');
    await expect(details.visibilityOption('Private')).toBeChecked();
    await expect(demoPage.getByRole('link', { name: 'Manage sharing' })).toHaveCount(0);
  });

  test('admin can publish, and every change to another project’s image names that project', async ({ adminPage }) => {
    test.slow(); // many round trips to the real Glance
    const own = await make('admin');
    const details = new ImageDetailsPage(adminPage);
    await details.goto(own.id);
    await expect(details.visibilityOption('Public')).toBeEnabled();
    await details.changeVisibility('Public', { confirm: true });
    await expect.poll(async () => (await own.glance.getImage(own.id))?.visibility).toBe('public');

    const demos = await make('admin', { owner: stack.projects.demo });
    await details.goto(demos.id);
    await expect(adminPage.getByRole('status').filter({ hasText: 'This image belongs to project demo' })).toBeVisible();
    await details.visibilityOption('Community').check();
    await details.section('Visibility').getByRole('button', { name: 'Change visibility' }).click();
    const dialog = adminPage.getByRole('dialog');
    await expect(dialog).toContainText('This image belongs to project demo, not to your project.');
    // cancel: nothing changes
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await demos.glance.getImage(demos.id))?.visibility).toBe('private');

    // deleting and saving edits name the owning project too
    await adminPage.getByRole('button', { name: 'Delete…' }).click();
    await expect(dialog).toContainText('You are deleting images of project demo as an administrator.');
    await expect(dialog).toContainText('owned by demo');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await adminPage.getByRole('link', { name: 'Edit' }).click();
    await adminPage.getByLabel('Name', { exact: true }).fill(`${(await demos.glance.getImage(demos.id))?.name}-admin`);
    await adminPage.getByRole('button', { name: 'Save 1 change' }).click();
    await expect(dialog).toContainText('This image belongs to project demo, not to your project.');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await adminPage.waitForURL(`**/images/${demos.id}`);
    await expect.poll(async () => (await demos.glance.getImage(demos.id))?.name).toMatch(/-admin$/);
    expect((await demos.glance.getImage(demos.id))?.owner).toBe(stack.projects.demo);
  });
});
