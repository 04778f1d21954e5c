import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { LoginPage } from './pages/login-page';
import { users } from './support/env';
import { makeQcow2 } from './support/image-files';
import { Glance, revoke, uniqueName } from './support/openstack';
import { sessionToken } from './support/session';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A token revoked (or expired) while a form is open: sending it goes to the login page, and
 * signing in again comes back to the same form with what was typed, so nothing is silently lost.
 * Each test signs in on its own, since revoking would break the shared signed-in state.
 */
async function signInFresh(page: Page) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(users.demo);
  await page.waitForURL('**/images**');
}

async function expireSessionAndComeBack(page: Page, formPath: string) {
  await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(formPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}&reason=expired`));
  await expect(page.getByText('Your session has ended')).toBeVisible();
  await new LoginPage(page).signIn(users.demo);
  await expect(page).toHaveURL(new RegExp(`${formPath}$`));
}

let glance: Glance;
test.beforeAll(async () => {
  glance = await Glance.as('demo');
});

test('edit: a session that ends before Save keeps the unsaved changes for after signing in again', async ({ page }) => {
  const name = uniqueName('draft-edit');
  const image = await glance.createImage({ name, tags: ['keep'] });
  try {
    await signInFresh(page);
    await page.goto(`/images/${image.id}/edit`);
    const label = (text: string) => page.getByLabel(text, { exact: true });
    await label('Description').fill('typed before the session ended');
    await label('Minimum disk (GiB)').fill('7');
    await label('New tag').fill('kept-tag');
    await page.getByRole('button', { name: 'Add tag' }).click();

    await revoke(await sessionToken(page.context()));
    await page.getByRole('button', { name: /^Save \d changes?$/ }).click();
    await expireSessionAndComeBack(page, `/images/${image.id}/edit`);

    await expect(page.getByText('We put back the changes you had not saved yet.')).toBeVisible();
    await expect(label('Description')).toHaveValue('typed before the session ended');
    await expect(label('Minimum disk (GiB)')).toHaveValue('7');
    await expect(page.getByRole('button', { name: 'Remove tag kept-tag' })).toBeVisible();
    // nothing reached Glance while signed out
    expect(await glance.getImage(image.id)).toMatchObject({ min_disk: 0, tags: ['keep'] });

    await page.getByRole('button', { name: 'Save 3 changes' }).click();
    await expect(page).toHaveURL(new RegExp(`/images/${image.id}$`));
    const saved = await glance.getImage(image.id);
    expect(saved).toMatchObject({ description: 'typed before the session ended', min_disk: 7 });
    expect([...(saved!.tags as string[])].sort()).toEqual(['keep', 'kept-tag']);

    // saved: the draft is gone, the form starts from Glance's record again
    await page.goto(`/images/${image.id}/edit`);
    await expect(label('Description')).toHaveValue('typed before the session ended');
    await expect(page.getByText('We put back the changes you had not saved yet.')).toHaveCount(0);
  } finally {
    await glance.deleteImage(image.id);
  }
});

test('edit: Discard drops a restored draft', async ({ page }) => {
  const image = await glance.createImage({ name: uniqueName('draft-discard'), description: 'original' });
  try {
    await signInFresh(page);
    await page.goto(`/images/${image.id}/edit`);
    await page.getByLabel('Description', { exact: true }).fill('changed, then discarded');
    await page.reload();
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue('changed, then discarded');
    await page.getByRole('button', { name: 'discard them' }).click();
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue('original');
    await page.reload();
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue('original');
  } finally {
    await glance.deleteImage(image.id);
  }
});

test('create: a session that ends before Create keeps the typed values; only the file must be chosen again', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'iris-draft-'));
  const name = uniqueName('draft-create');
  try {
    const file = makeQcow2(dir, 'draft.qcow2', 1);
    await signInFresh(page);
    const create = new CreateImagePage(page);
    await create.goto();
    await create.chooseFile(file);
    await create.name.fill(name);
    await create.description.fill('described before the session ended');
    await create.minRam.fill('512');
    await create.addTags('draft, kept');
    await create.setProperty(0, 'hw_disk_bus', 'virtio');
    await create.setProperty(1, 'hw_qemu_guest_agent', 'yes');

    await revoke(await sessionToken(page.context()));
    await create.submit();
    await expireSessionAndComeBack(page, '/images/create');
    expect(await glance.findByName(name)).toEqual([]);

    await expect(page.getByText('We put back what you typed here earlier.')).toBeVisible();
    await expect(create.name).toHaveValue(name);
    await expect(create.description).toHaveValue('described before the session ended');
    await expect(create.minRam).toHaveValue('512');
    await expect(create.tagChips).toHaveCount(2);
    for (const tag of ['draft', 'kept']) await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
    await expect(page.getByLabel('Property 2 key')).toHaveValue('hw_qemu_guest_agent');
    await expect(page.getByLabel('Property 2 value')).toHaveValue('yes');

    await create.chooseFile(file);
    await expect(create.name).toHaveValue(name); // a chosen file never overrides a typed name
    await create.submit();
    await expect(create.status).toHaveText('active', { timeout: 60_000 });
    const [image] = await glance.findByName(name);
    expect(image).toMatchObject({ description: 'described before the session ended', min_ram: 512, hw_disk_bus: 'virtio', hw_qemu_guest_agent: 'yes' });
    expect([...(image!.tags as string[])].sort()).toEqual(['draft', 'kept']);
  } finally {
    for (const image of await glance.findByName(name)) await glance.deleteImage(image.id);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('upload: a session that ended before the upload leaves the image queued and leads back to its upload page', async ({ page }) => {
  const image = await glance.createImage({ name: uniqueName('expired-upload'), disk_format: 'raw', container_format: 'bare' });
  const bytes = Buffer.alloc(256 * 1024, 7);
  try {
    await signInFresh(page);
    await page.goto(`/images/${image.id}/upload`);
    await expect(page.getByRole('heading', { name: 'Upload image data' })).toBeVisible();
    await revoke(await sessionToken(page.context()));
    await page.getByLabel('Image file').setInputFiles({ name: 'data.raw', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();

    await expect(page.getByText('Your session ended before the upload')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry upload' })).toHaveCount(0);
    expect(await glance.getImage(image.id)).toMatchObject({ status: 'queued', size: null });

    await page.getByRole('link', { name: 'Sign in again' }).click();
    await expireSessionAndComeBack(page, `/images/${image.id}/upload`);
    await page.getByLabel('Image file').setInputFiles({ name: 'data.raw', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect(page.getByTestId('image-status')).toHaveText('active');
    expect((await glance.getImage(image.id))?.size).toBe(bytes.length);
  } finally {
    await glance.deleteImage(image.id);
  }
});
