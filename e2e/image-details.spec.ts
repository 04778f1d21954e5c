import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { test, expect } from './fixtures';
import { ImageDetailsPage, replayServerAction } from './pages/image-details-page';
import { stack, webDownloadPort } from './support/env';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

test.describe('image details', () => {
  const created: { glance: Glance; id: string }[] = [];
  test.afterEach(async () => {
    for (const { glance, id } of created.splice(0)) await glance.deleteImage(id);
  });

  async function make(user: 'demo' | 'admin', fields: Record<string, unknown>, bytes?: Uint8Array): Promise<GlanceImage> {
    const glance = await Glance.as(user);
    const image = await glance.createImage(fields);
    created.push({ glance, id: image.id });
    if (bytes) await glance.upload(image.id, bytes);
    return (await glance.getImage(image.id))!;
  }

  test('shows every field Glance returns, tags, properties and copyable CLI commands', async ({ demoPage }) => {
    const name = uniqueName('details');
    const image = await make(
      'demo',
      { name, disk_format: 'qcow2', tags: ['golden', 'lts'], min_disk: 3, min_ram: 512, os_distro: 'ubuntu', hw_disk_bus: 'virtio', description: 'weekly build' },
      randomBytes(4096),
    );
    const details = new ImageDetailsPage(demoPage);
    await details.goto(image.id);

    await expect(details.heading()).toHaveText(name);
    await expect(details.fact('ID')).toContainText(image.id);
    await expect(details.fact('Owner')).toHaveText('demo (your project)');
    await expect(details.fact('Status')).toHaveText('active');
    await expect(details.fact('Visibility')).toHaveText(/^private$/i);
    await expect(details.fact('Protected')).toHaveText('No');
    await expect(details.fact('Disk format')).toHaveText('qcow2');
    await expect(details.fact('Container format')).toHaveText('bare');
    await expect(details.fact('Size')).toHaveText('4.00 KiB');
    await expect(details.fact('Minimum disk')).toHaveText('3 GiB');
    await expect(details.fact('Minimum RAM')).toHaveText('512 MiB');
    await expect(details.fact('Stores')).toHaveText('local');
    await expect(details.fact('Virtual size')).toHaveText(image.virtual_size ? /iB$/ : '—');
    await expect(details.fact('Hidden from lists')).toHaveText('No');
    await expect(details.fact('Created')).toHaveText(/UTC$/);
    await expect(details.fact('Updated')).toHaveText(/UTC$/);
    await expect(details.fact('Checksum (MD5)')).toContainText(String(image.checksum));
    await expect(details.fact('Hash algorithm (os_hash_algo)')).toContainText('sha512');
    await expect(details.fact('Hash value (os_hash_value)')).toContainText(String(image.os_hash_value));

    const tags = details.section('Tags').getByRole('listitem');
    await expect(tags).toHaveCount(2);
    for (const tag of ['golden', 'lts']) await expect(tags.filter({ hasText: tag })).toHaveCount(1);
    const properties = details.section('Properties');
    for (const [key, value] of [['os_distro', 'ubuntu'], ['hw_disk_bus', 'virtio'], ['description', 'weekly build']]) {
      await expect(properties.getByRole('row', { name: new RegExp(`^${key}`) })).toContainText(value!);
    }

    await demoPage.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await details.section('Visibility').getByRole('button', { name: 'Copy command: make the image private' }).click();
    expect(await demoPage.evaluate(() => navigator.clipboard.readText())).toBe(`openstack image set --private ${image.id}`);
    await details.section('Download').getByRole('button', { name: 'Copy command: download the image' }).click();
    expect(await demoPage.evaluate(() => navigator.clipboard.readText())).toBe(`openstack image save --file ${name}.qcow2 ${image.id}`);
    await expect(details.section('Delete image').getByTestId('cli-command')).toContainText(`openstack image delete ${image.id}`);
  });

  test('shows the import history and why an import failed', async ({ demoPage }) => {
    test.slow(); // many round trips to the real Glance
    const image = await make('demo', { name: uniqueName('failed-import') });
    const glance = await Glance.as('demo');
    // nothing listens there: the web-download task fails and Glance records it
    const uri = `http://127.0.0.1:${webDownloadPort}/${uniqueName('missing')}.raw`;
    const res = await glance.request('POST', `/v2/images/${image.id}/import`, { method: { name: 'web-download', uri } });
    expect(res.status).toBe(202);
    await expect.poll(async () => (await glance.getImage(image.id))?.os_glance_failed_import, { timeout: 30_000 }).toBe('local');

    const details = new ImageDetailsPage(demoPage);
    await details.goto(image.id);
    await expect(demoPage.getByRole('alert').filter({ hasText: 'Import failed for store local' })).toContainText('Glance says:');
    const history = details.section('Import history');
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('listitem')).toContainText('failure');
    await expect(history.getByRole('listitem')).toContainText('web-download');
    await expect(history.getByRole('listitem')).toContainText(uri);
    await expect(details.section('Properties').getByRole('row', { name: /^os_glance_failed_import/ })).toContainText('set by Glance');
    // a queued image owned by the user offers its upload page, and no download
    await expect(demoPage.getByRole('link', { name: 'Upload data' })).toHaveAttribute('href', `/images/${image.id}/upload`);
    await expect(demoPage.getByRole('button', { name: 'Download' })).toBeDisabled();
  });

  test('an owner of a shared image gets a link to manage sharing', async ({ demoPage }) => {
    const image = await make('demo', { name: uniqueName('shared'), visibility: 'shared' });
    await new ImageDetailsPage(demoPage).goto(image.id);
    await expect(demoPage.getByRole('link', { name: 'Manage sharing' })).toHaveAttribute('href', `/images/${image.id}/sharing`);
  });

  test('a non-owner sees no edit or delete controls, and forged actions are refused', async ({ demoPage, altPage }) => {
    test.slow(); // many round trips to the real Glance
    const original = uniqueName('public-of-demo');
    const image = await make('admin', { name: original, visibility: 'public', owner: stack.projects.demo }, randomBytes(2048));

    // the owner's real save request, captured to be replayed by alt
    await demoPage.goto(`/images/${image.id}/edit`);
    await demoPage.getByLabel('Name', { exact: true }).fill(`${original}-by-demo`);
    const save = new ImageDetailsPage(demoPage).nextServerAction();
    await demoPage.getByRole('button', { name: 'Save 1 change' }).click();
    const captured = await save;
    await demoPage.waitForURL(`**/images/${image.id}`);
    const demoGlance = await Glance.as('demo');
    expect((await demoGlance.getImage(image.id))?.name).toBe(`${original}-by-demo`);
    await demoGlance.request('PATCH', `/v2/images/${image.id}`, [{ op: 'replace', path: '/name', value: original }], 'application/openstack-images-v2.1-json-patch');

    const details = new ImageDetailsPage(altPage);
    await details.goto(image.id);
    await expect(details.heading()).toHaveText(original);
    // alt cannot read project names outside its own projects: the owner shows as its ID
    await expect(details.section('Read only')).toContainText(`Project ${stack.projects.demo} owns this image`);
    await expect(altPage.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(altPage.getByRole('button', { name: 'Delete…' })).toHaveCount(0);
    await expect(altPage.getByRole('button', { name: 'Change visibility' })).toHaveCount(0);
    await expect(altPage.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
    await expect(altPage.getByRole('link', { name: 'Download', exact: true })).toBeVisible();

    const forged = await replayServerAction(altPage, captured);
    expect(forged.status).toBe(200);
    expect(forged.text).toContain('Only the project that owns this image can change it.');
    expect((await demoGlance.getImage(image.id))?.name).toBe(original);

    // the edit page itself refuses too
    await altPage.goto(`/images/${image.id}/edit`);
    await expect(altPage.getByText('You cannot edit this image')).toBeVisible();
  });

  test('an image the project cannot see is "not found", like a missing one', async ({ altPage }) => {
    const image = await make('demo', { name: uniqueName('private-of-demo') });
    for (const id of [image.id, '00000000-0000-4000-8000-000000000000']) {
      await altPage.goto(`/images/${id}`);
      await expect(altPage.getByRole('heading', { name: 'Image not found' })).toBeVisible();
    }
    await altPage.goto('/images/not-a-uuid');
    await expect(altPage.getByRole('heading', { name: 'Image not found' })).toBeVisible();
  });

  test('details and edit pages have no serious accessibility violations', async ({ demoPage }) => {
    const image = await make('demo', { name: uniqueName('a11y'), visibility: 'shared', tags: ['t'], hw_disk_bus: 'virtio' }, randomBytes(1024));
    for (const path of [`/images/${image.id}`, `/images/${image.id}/edit`]) {
      await demoPage.goto(path);
      await expect(demoPage.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page: demoPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await demoPage.getByRole('link', { name: /^Cancel$/ }).click();
    await demoPage.getByRole('button', { name: 'Delete…' }).click();
    const results = await new AxeBuilder({ page: demoPage }).include('dialog').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
