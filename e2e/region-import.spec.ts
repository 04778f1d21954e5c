import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { ImageDetailsPage } from './pages/image-details-page';
import { seriousViolations } from './support/axe';
import { stack, users } from './support/env';
import { Glance, tokenFor, uniqueName, type GlanceImage } from './support/openstack';

// RegionTwo's Glance (scripts/openstack/seed-glance-features.sh) shares Keystone with RegionOne and
// holds region-two-debian (hw_disk_bus=scsi, os_distro=debian); RegionOne enables glance-download.
const STATE = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const REGION_TWO_URL = /^GLANCE_REGION_TWO_URL=(.*)$/m.exec(readFileSync(path.join(STATE, 'endpoints.env'), 'utf8'))?.[1]?.trim() ?? '';

test.describe.configure({ timeout: 120_000 });

let demo: Glance;
const createdNames = new Set<string>();
const regionTwoIds: string[] = [];

async function regionTwo(method: string, pathname: string) {
  const res = await fetch(`${REGION_TWO_URL}${pathname}`, { method, headers: { 'x-auth-token': await tokenFor('demo'), accept: 'application/json' } });
  return res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>);
}

test.beforeAll(async () => {
  demo = await Glance.as('demo');
});
test.afterEach(async () => {
  for (const name of createdNames) for (const image of await demo.findByName(name)) await demo.deleteImage(image.id);
  createdNames.clear();
  for (const id of regionTwoIds.splice(0)) await regionTwo('DELETE', `/v2/images/${id}`);
});

async function openImportPage(page: Page) {
  const create = new CreateImagePage(page);
  await create.goto();
  await page.getByRole('link', { name: 'Import it from that region’s Glance' }).click();
  await expect(page.getByRole('heading', { name: 'Import from another region', level: 1 })).toBeVisible();
  return page.getByRole('form', { name: 'Import from another region' });
}

/** Post `value` for `name` whatever the page offers, set inside the submit event (after React's last render). */
async function forgeOnSubmit(page: Page, name: string, value: string) {
  await page.getByRole('form', { name: 'Import from another region' }).evaluate(
    (form, field) =>
      form.addEventListener(
        'submit',
        () => {
          const input = form.querySelector<HTMLInputElement>(`[name="${field.name}"]:checked, input[type="hidden"][name="${field.name}"]`)!;
          input.value = field.value;
        },
        { capture: true },
      ),
    { name, value },
  );
}

test('demo imports RegionTwo’s image with glance-download, into the chosen store, with its properties', async ({ demoPage }, testInfo) => {
  const name = uniqueName('from-region');
  createdNames.add(name);
  const form = await openImportPage(demoPage);
  const images = form.getByRole('radiogroup', { name: 'Images in RegionTwo' });
  await images.getByRole('radio', { name: /^region-two-debian/ }).check();
  await form.getByLabel('Name here (optional)').fill(name);
  await form.getByRole('radiogroup', { name: 'Store' }).getByRole('radio', { name: /^archive/ }).check();
  for (const width of [390, 1360]) {
    await demoPage.setViewportSize({ width, height: 900 });
    expect(await demoPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await demoPage.screenshot({ path: testInfo.outputPath(`import-from-region-${width}.png`), fullPage: true });
  }
  expect(await seriousViolations(demoPage)).toEqual([]);
  await form.getByRole('button', { name: 'Import from RegionTwo' }).click();

  await demoPage.waitForURL(/\/images\/[0-9a-f-]{36}$/);
  await expect(demoPage.getByRole('heading', { name, level: 1 })).toBeVisible();
  const id = demoPage.url().split('/').pop()!;
  // the status badge follows the import to active without a reload
  await expect(demoPage.getByTestId(`status-${id}`)).toHaveText('active', { timeout: 60_000 });
  expect(await demo.getImage(id)).toMatchObject({ status: 'active', stores: 'archive', disk_format: 'raw', os_distro: 'debian', hw_disk_bus: 'scsi' });
});

test.describe('bad input: refused with a clear message, nothing created', () => {
  test('an image ID RegionTwo does not have', async ({ demoPage }) => {
    const name = uniqueName('from-region-bad');
    createdNames.add(name);
    const form = await openImportPage(demoPage);
    await form.getByLabel('Name here (optional)').fill(name);
    await forgeOnSubmit(demoPage, 'image_id', randomUUID());
    await form.getByRole('button', { name: 'Import from RegionTwo' }).click();
    await expect(demoPage.locator('#image_id-error')).toHaveText('RegionTwo has no image with that ID that your project can see.');
    expect(await demo.findByName(name)).toEqual([]);
  });

  test('a region that is not in the catalog', async ({ demoPage }) => {
    const name = uniqueName('from-region-bad');
    createdNames.add(name);
    const form = await openImportPage(demoPage);
    await form.getByLabel('Name here (optional)').fill(name);
    await forgeOnSubmit(demoPage, 'region', 'RegionNine');
    await form.getByRole('button', { name: 'Import from RegionTwo' }).click();
    await expect(form.getByRole('alert')).toHaveText('There is no other image region “RegionNine” in your catalog. Choose one of: RegionTwo.');
    expect(await demo.findByName(name)).toEqual([]);
  });
});

/** demo in RegionTwo, under the name the recreate command uses for "the other cloud". */
function otherCloud(): string {
  const auth = `auth_url: ${stack.keystoneUrl}\n      username: ${users.demo.username}\n      password: ${users.demo.password}\n      project_name: ${users.demo.project}`;
  return `clouds:\n  OTHER_CLOUD:\n    auth:\n      ${auth}\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionTwo\n    interface: public\n    identity_api_version: 3\n`;
}

test('the download card’s recreate command keeps every property, tag, min disk/RAM and os_* field (run against RegionTwo)', async ({ demoPage }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iris-recreate-'));
  try {
    const name = uniqueName('recreate');
    createdNames.add(name);
    const source: GlanceImage = await demo.createImage({
      name, min_disk: 2, min_ram: 512, tags: ['golden', "it's"], os_distro: 'debian', os_version: '12', os_admin_user: 'debian',
      hw_disk_bus: 'scsi', description: 'quoted "text" & more', os_hidden: true,
    });
    await demo.upload(source.id, new Uint8Array(4096).fill(9));
    const details = new ImageDetailsPage(demoPage);
    await details.goto(source.id);
    const commands = await details.section('Download').getByTestId('cli-command').locator('code').allTextContents();
    const [save, create, hide] = commands.map((line) => line.replace(/^\$\s*/, ''));
    expect(save).toContain('openstack image save');
    expect(create).toContain('--min-disk 2 --min-ram 512');
    expect(hide).toBe(`openstack --os-cloud OTHER_CLOUD image set --hidden ${name}`);
    // the file `openstack image save` writes, a clouds.yaml whose OTHER_CLOUD is RegionTwo, then the
    // two commands exactly as a user pastes them (bash parses the quoting)
    writeFileSync(path.join(dir, /--file (\S+)/.exec(create!)![1]!), new Uint8Array(4096).fill(9));
    writeFileSync(path.join(dir, 'clouds.yaml'), otherCloud());
    execFileSync('bash', ['-ec', `${create}\n${hide}`], { cwd: dir, env: { ...process.env, OS_CLIENT_CONFIG_FILE: path.join(dir, 'clouds.yaml') }, stdio: 'pipe', timeout: 90_000 });

    const listed = (await regionTwo('GET', `/v2/images?name=${encodeURIComponent(name)}&os_hidden=true`)) as { images: GlanceImage[] };
    expect(listed.images).toHaveLength(1);
    const copy = listed.images[0]!;
    regionTwoIds.push(copy.id);
    expect(copy).toMatchObject({
      status: 'active', disk_format: 'raw', container_format: 'bare', min_disk: 2, min_ram: 512, os_distro: 'debian', os_version: '12',
      os_admin_user: 'debian', hw_disk_bus: 'scsi', description: 'quoted "text" & more', os_hidden: true,
    });
    expect((copy.tags as string[]).sort()).toEqual(['golden', "it's"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
