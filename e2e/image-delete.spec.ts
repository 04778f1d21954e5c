import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { ImageDetailsPage, replayServerAction } from './pages/image-details-page';
import { stack } from './support/env';
import { Glance, uniqueName } from './support/openstack';

const gone = async (glance: Glance, id: string) => (await glance.getImage(id)) === undefined;

test.describe('delete', () => {
  const created: { glance: Glance; id: string }[] = [];
  test.afterEach(async () => {
    for (const { glance, id } of created.splice(0)) await glance.deleteImage(id);
  });

  async function make(fields: Record<string, unknown> = {}, user: 'demo' | 'admin' = 'demo') {
    const glance = await Glance.as(user);
    const name = uniqueName('delete');
    const image = await glance.createImage({ name, ...fields });
    created.push({ glance, id: image.id });
    return { glance, id: image.id, name };
  }

  /** Delete one private image from its page, returning the request the browser sent. */
  async function deleteFromDetails(details: ImageDetailsPage, id: string): Promise<Request> {
    await details.goto(id);
    await details.openDelete();
    const sent = details.nextServerAction();
    await details.deleteDialog().getByRole('button', { name: 'Delete image' }).click();
    return sent;
  }

  test('delete one from the details page: the dialog names it and warns; Glance forgets it', async ({ demoPage }) => {
    const { glance, id, name } = await make();
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    await details.openDelete();
    const dialog = details.deleteDialog();
    await expect(dialog.getByRole('heading')).toHaveText(`Delete image “${name}”?`);
    await expect(dialog).toContainText('Deletion is permanent');
    await expect(dialog).toContainText('may fail to reboot');
    await expect(dialog.getByRole('textbox')).toHaveCount(0); // private: no typing needed
    await dialog.getByRole('button', { name: 'Delete image' }).click();
    await expect(details.toast(`Deleted “${name}”.`)).toBeVisible();
    await demoPage.waitForURL(/\/images$/);
    expect(await gone(glance, id)).toBe(true);
  });

  test('cancel changes nothing', async ({ demoPage }) => {
    const { glance, id } = await make();
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    await details.openDelete();
    await details.deleteDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(details.deleteDialog()).toBeHidden();
    await details.openDelete();
    await demoPage.keyboard.press('Escape');
    await expect(details.deleteDialog()).toBeHidden();
    expect((await glance.getImage(id))?.status).toBe('queued');
    await expect(demoPage).toHaveURL(new RegExp(`/images/${id}$`));
  });

  test('a shared image needs its name typed before it can be deleted', async ({ demoPage }) => {
    const { glance, id, name } = await make({ visibility: 'shared' });
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    await details.openDelete();
    const dialog = details.deleteDialog();
    const confirm = dialog.getByRole('button', { name: 'Delete image' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/Type .* to confirm/).fill('not the name');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/Type .* to confirm/).fill(name);
    await confirm.click();
    await demoPage.waitForURL(/\/images$/);
    expect(await gone(glance, id)).toBe(true);
  });

  test('a protected image is refused with the reason, and the owner can unprotect it there', async ({ demoPage }) => {
    const { glance, id } = await make({ protected: true });
    const details = new ImageDetailsPage(demoPage);
    await details.goto(id);
    await details.openDelete();
    const dialog = details.deleteDialog();
    await expect(dialog).toContainText('Will not be deleted: This image is protected: Glance refuses to delete it until it is unprotected.');
    await expect(dialog.getByRole('button', { name: 'Delete image' })).toBeDisabled();

    await dialog.getByRole('button', { name: /^Unprotect/ }).click();
    await expect.poll(async () => (await glance.getImage(id))?.protected).toBe(false);
    await expect(dialog).not.toContainText('Will not be deleted');
    await dialog.getByRole('button', { name: 'Delete image' }).click();
    await demoPage.waitForURL(/\/images$/);
    expect(await gone(glance, id)).toBe(true);
  });

  test('deleteImages: a batch deletes each image on its own, refuses protected ones and forged calls', async ({ demoPage, altPage }) => {
    test.slow(); // many round trips to the real Glance
    const first = await make();
    const second = await make();
    const locked = await make({ protected: true });
    const throwaway = await make();
    const publicOfDemo = await make({ visibility: 'public', owner: stack.projects.demo }, 'admin');

    // capture the exact request the dialog sends, then drive the same action with other IDs
    const captured = await deleteFromDetails(new ImageDetailsPage(demoPage), throwaway.id);
    await demoPage.waitForURL(/\/images$/);
    const body = (ids: string[]) => captured.postData()!.replace(`"${throwaway.id}"`, ids.map((id) => `"${id}"`).join(','));
    expect(captured.postData()).toContain(throwaway.id);

    const batch = await replayServerAction(demoPage, captured, body([first.id, second.id, locked.id]));
    expect(batch.status).toBe(200);
    expect(batch.text).toContain('Deleted 2 of 3 images.');
    expect(batch.text).toContain('This image is protected');
    expect(await gone(first.glance, first.id)).toBe(true);
    expect(await gone(second.glance, second.id)).toBe(true);
    expect((await locked.glance.getImage(locked.id))?.protected).toBe(true);

    const forged = await replayServerAction(altPage, captured, body([publicOfDemo.id]));
    expect(forged.text).toContain('Only the project that owns this image can delete it.');
    expect((await publicOfDemo.glance.getImage(publicOfDemo.id))?.status).toBe('queued');

    const junk = await replayServerAction(demoPage, captured, body(['not-a-uuid']));
    expect(junk.text).toContain('That is not a valid image ID.');
  });
});
