import { randomUUID } from 'node:crypto';
import { seriousViolations } from './support/axe';
import { test, expect } from './fixtures';
import { ImageDetailsPage } from './pages/image-details-page';
import { ImagesPage } from './pages/images-page';
import { Glance, uniqueName } from './support/openstack';

// Image types (Nova's `image_type=snapshot`) and the owner's `os_hidden`, against the real Glance.

test.describe('image types and hidden images', () => {
  test.describe.configure({ timeout: 120_000 });
  let demo: Glance;
  const created: string[] = [];

  test.beforeAll(async () => {
    demo = await Glance.as('demo');
  });
  test.afterAll(async () => {
    for (const id of created.splice(0)) await demo.deleteImage(id);
  });

  test('a snapshot shows as a snapshot in the list and on its page, and the Type filter tells them apart', async ({ demoPage }) => {
    const prefix = uniqueName('types');
    const instance = randomUUID();
    // as Nova records a snapshot (createImage in nova/compute/api.py)
    const snapshot = await demo.createImage({ name: `${prefix}-snap`, disk_format: 'qcow2', image_type: 'snapshot', instance_uuid: instance });
    const plain = await demo.createImage({ name: `${prefix}-plain`, disk_format: 'qcow2' });
    created.push(snapshot.id, plain.id);

    const list = new ImagesPage(demoPage);
    await list.goto(`?q=${prefix}`);
    await expect.poll(() => list.names().then((n) => n.sort())).toEqual([`${prefix}-plain`, `${prefix}-snap`]);
    await expect(list.row(`${prefix}-snap`).getByText('snapshot', { exact: true })).toBeVisible();
    await expect(list.row(`${prefix}-plain`).getByText('snapshot', { exact: true })).toHaveCount(0);

    await list.filter('Type', 'snapshot');
    await expect(demoPage).toHaveURL(/[?&]type=snapshot/);
    expect(await list.names()).toEqual([`${prefix}-snap`]);
    await list.filter('Type', 'image');
    await expect(demoPage).toHaveURL(/[?&]type=image/);
    expect(await list.names()).toEqual([`${prefix}-plain`]);
    // the URL alone reproduces the view
    await list.goto(`?q=${prefix}&type=snapshot`);
    await expect(demoPage.getByLabel('Type', { exact: true })).toHaveValue('snapshot');
    expect(await list.names()).toEqual([`${prefix}-snap`]);

    await list.row(`${prefix}-snap`).getByRole('rowheader').getByRole('link').click();
    const details = new ImageDetailsPage(demoPage);
    await expect(details.heading()).toHaveText(`${prefix}-snap`);
    await expect(demoPage.getByRole('main').locator('header').getByText('snapshot', { exact: true })).toBeVisible();
    await expect(details.fact('Type')).toContainText('Instance snapshot');
    await expect(details.fact('Type')).toContainText(instance);
    await details.goto(plain.id);
    await expect(details.fact('Type')).toHaveText('Image');
  });

  test('the owner hides an image and unhides it; Show hidden lists it meanwhile', async ({ demoPage }) => {
    const name = uniqueName('hide');
    const image = await demo.createImage({ name });
    created.push(image.id);
    const details = new ImageDetailsPage(demoPage);
    await details.goto(image.id);
    const card = details.section('Listing');
    await expect(card.getByTestId('cli-command')).toContainText(`openstack image set --hidden ${image.id}`);
    await card.getByRole('button', { name: 'Hide from lists', exact: true }).click();
    await expect(details.toast('Hidden')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Unhide', exact: true })).toBeVisible();
    await expect.poll(async () => (await demo.getImage(image.id))?.os_hidden).toBe(true);
    // what the server renders now (and no toast in front for axe)
    await demoPage.reload();
    await expect(details.heading()).toHaveText(name);
    await expect(details.fact('Hidden from lists')).toHaveText('Yes');
    await expect(demoPage.getByRole('main').locator('header').getByText('hidden', { exact: true })).toBeVisible();
    expect(await seriousViolations(demoPage)).toEqual([]);

    // Glance leaves it out of lists; "Show hidden images" asks for the hidden ones
    const list = new ImagesPage(demoPage);
    await list.goto(`?q=${name}`);
    expect(await list.names()).toEqual([]);
    await list.showHidden(true);
    expect(await list.names()).toEqual([name]);
    await expect(list.row(name).getByText('hidden', { exact: true })).toBeVisible();
    expect(await seriousViolations(demoPage)).toEqual([]);
    const listed = await demo.request('GET', `/v2/images?os_hidden=true&owner=${image.owner}`);
    expect((listed.body as { images: { id: string }[] }).images.map((i) => i.id)).toContain(image.id);

    await list.row(name).getByRole('rowheader').getByRole('link').click();
    await details.section('Listing').getByRole('button', { name: 'Unhide', exact: true }).click();
    await expect(details.toast('Unhidden')).toBeVisible();
    await expect.poll(async () => (await demo.getImage(image.id))?.os_hidden).toBe(false);
    await list.goto(`?q=${name}`);
    expect(await list.names()).toEqual([name]);
  });

  test('someone who does not own an image gets no Hide button', async ({ altPage }) => {
    const [official] = await (await Glance.as('alt')).findByName('official-debian-qcow2');
    const details = new ImageDetailsPage(altPage);
    await details.goto(official!.id);
    await expect(altPage.getByRole('button', { name: 'Hide from lists' })).toHaveCount(0);
  });
});
