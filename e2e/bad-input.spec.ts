import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { CreateImagePage } from './pages/create-image-page';
import { ImageDetailsPage, replayServerAction } from './pages/image-details-page';
import { ImageSharingPage } from './pages/image-sharing-page';
import { ImagesPage } from './pages/images-page';
import { stack } from './support/env';
import { makeQcow2, makeRaw } from './support/image-files';
import { Glance, uniqueName, type GlanceImage } from './support/openstack';

// The "bad input" list of the reliability/security issue: each case gets a clear message and
// changes nothing, which every test checks through the Glance API rather than through Iris.
// docs/security.md maps each item of the list to the test that proves it.

const PATCH = 'application/openstack-images-v2.1-json-patch';
const ALT = stack.projects.alt;
const NOT_A_UUID = 'not-a-uuid';
const INVALID_ID = 'That is not a valid image ID.';
const GONE = 'That image no longer exists, or your project cannot see it.';

test.describe.configure({ timeout: 120_000 });

type User = 'demo' | 'alt' | 'admin';
const created: { user: User; id: string }[] = [];
const createdNames = new Set<string>();
let dir: string;
let smallQcow2: string;

test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'iris-bad-input-'));
  smallQcow2 = makeQcow2(dir, 'small.qcow2');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.afterEach(async () => {
  for (const { user, id } of created.splice(0)) await (await Glance.as(user)).deleteImage(id);
  const demo = await Glance.as('demo');
  for (const name of createdNames) for (const image of await demo.findByName(name)) await demo.deleteImage(image.id);
  createdNames.clear();
});

async function make(user: User, fields: Record<string, unknown> = {}, data?: Uint8Array): Promise<{ glance: Glance; image: GlanceImage }> {
  const glance = await Glance.as(user);
  const image = await glance.createImage({ name: uniqueName('bad-input'), ...fields });
  created.push({ user, id: image.id });
  if (data) await glance.upload(image.id, data);
  return { glance, image: (await glance.getImage(image.id))! };
}

/** A name the create-form tests may leave behind in Glance (afterEach deletes it if so). */
function track(prefix: string): string {
  const name = uniqueName(prefix);
  createdNames.add(name);
  return name;
}

/** The next server-action POST the page sends while `trigger` runs. */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<Request> {
  const request = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await trigger();
  return request;
}

/** Call the captured action again from `page`'s session with other arguments (a forged call); its message. */
async function forge(page: Page, captured: Request, args: unknown[]): Promise<string | undefined> {
  const answer = await replayServerAction(page, captured, JSON.stringify(args));
  expect(answer.status).toBe(200);
  return actionResult(answer.text).message;
}

/** The ActionState an action returned, read from its RSC answer (a row like `1:{"status":…}`). */
function actionResult(flight: string): { status: string; message?: string } {
  for (const row of flight.split('\n')) {
    const json = row.slice(row.indexOf(':') + 1);
    if (!json.startsWith('{')) continue;
    const value = JSON.parse(json) as { status?: unknown; message?: string };
    if (typeof value.status === 'string') return value as { status: string; message?: string };
  }
  throw new Error(`no action result in: ${flight.slice(0, 300)}`);
}

async function membersOf(glance: Glance, id: string) {
  return (await glance.listMembers(id)).map(({ member_id, status }) => ({ member_id, status }));
}

/**
 * Post `value` for the form field `name` whatever the page offers: set in a capture listener of the
 * submit event, after React's last render (a re-render would put the offered value back) and
 * before React's own submit handler reads the FormData.
 */
async function forgeOnSubmit(page: Page, name: string, value: string) {
  await page.locator('form[aria-label="Create image"]').evaluate(
    (form, field) => {
      form.addEventListener(
        'submit',
        () => {
          const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${field.name}"]:checked, [name="${field.name}"]`)!;
          if (control instanceof HTMLSelectElement) control.add(new Option(field.value, field.value));
          control.value = field.value;
        },
        { capture: true },
      );
    },
    { name, value },
  );
}

test.describe('create form: values the browser cannot offer are refused by the server action', () => {
  const cases: { title: string; name: string; value: string; field: string; message: string }[] = [
    { title: 'disk format outside this Glance’s enum', name: 'disk_format', value: 'bogus', field: 'disk_format', message: 'Choose a disk format this cloud accepts.' },
    {
      title: 'public visibility from a member',
      name: 'visibility',
      value: 'public',
      field: 'visibility',
      message: 'Only administrators can make an image public. Choose community to let every project use it.',
    },
    {
      title: 'container format outside this Glance’s enum',
      name: 'container_format',
      value: 'bogus',
      field: 'container_format',
      message: 'Choose a container format this cloud accepts.',
    },
    { title: 'visibility outside the four values', name: 'visibility', value: 'everyone', field: 'visibility', message: 'Choose private, shared or community.' },
    // the local stack has two stores (local, archive): the form offers them as radios
    { title: 'store this cloud does not have', name: 'store', value: 'nowhere', field: 'store', message: 'This cloud has no store “nowhere”. Choose one of: local, archive.' },
    {
      // the size the page reports for the chosen file; the upload route checks the real bytes again
      title: 'file over the cloud’s upload limit',
      name: 'file_size',
      value: String(30 * 1024 ** 3),
      field: 'file',
      message: 'This file is 30.0 GiB; this cloud accepts image files up to 25.0 GiB.',
    },
  ];

  for (const bad of cases) {
    test(`refuses a ${bad.title} (forged in the page) and creates nothing`, async ({ demoPage }) => {
      const create = new CreateImagePage(demoPage);
      const name = track('forged-create');
      await create.goto();
      await create.chooseFile(smallQcow2);
      await create.name.fill(name);
      await forgeOnSubmit(demoPage, bad.name, bad.value);
      const posted = captureAction(demoPage, () => create.submit());
      expect((await posted).postData()).toContain(bad.value);

      await expect(create.fieldError(bad.field)).toHaveText(bad.message);
      await expect(demoPage.getByRole('alert').filter({ hasText: 'Some fields need your attention.' })).toBeVisible();
      await expect(create.name).toHaveValue(name);
      expect(await (await Glance.as('demo')).findByName(name)).toEqual([]);
    });
  }
});

test.describe('empty files', () => {
  const empty = { name: 'empty.raw', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) };

  test('the create form refuses a 0-byte file and creates nothing', async ({ demoPage }) => {
    const create = new CreateImagePage(demoPage);
    const name = track('empty');
    await create.goto();
    await demoPage.getByLabel('Image file').setInputFiles(empty);
    await expect(demoPage.getByTestId('chosen-file')).toHaveText('empty.raw');
    await create.name.fill(name);
    await create.submit();
    await expect(create.fieldError('file')).toHaveText('This file is empty.');
    expect(await (await Glance.as('demo')).findByName(name)).toEqual([]);
  });

  test('the upload page and the upload route refuse an empty file; the image stays queued without data', async ({ demoPage, baseURL }) => {
    const { glance, image } = await make('demo', { disk_format: 'raw' });
    await demoPage.goto(`/images/${image.id}/upload`);
    await demoPage.getByLabel('Image file').setInputFiles(empty);
    await demoPage.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect(demoPage.locator('[id="file-error"]')).toHaveText('This file is empty.');
    await expect(demoPage.getByRole('progressbar', { name: 'Upload progress' })).toHaveCount(0);

    // the route itself, as a script would call it: same session and origin, no bytes
    const res = await demoPage.request.put(`/api/uploads/${image.id}`, {
      headers: { origin: new URL(baseURL!).origin, 'content-type': 'application/octet-stream', 'content-length': '0' },
      data: Buffer.alloc(0),
    });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.message).toBe('The file is empty.');
    expect(await glance.getImage(image.id)).toMatchObject({ status: 'queued', size: null, checksum: null });
  });
});

test('upload to an image that is not queued: 409 with a clear message, its data unchanged', async ({ demoPage, baseURL }) => {
  const { glance, image } = await make('demo', { disk_format: 'raw' }, new Uint8Array(4096).fill(7));
  expect(image.status).toBe('active');
  const res = await demoPage.request.put(`/api/uploads/${image.id}`, {
    headers: { origin: new URL(baseURL!).origin, 'content-type': 'application/octet-stream' },
    data: Buffer.alloc(1024, 9),
  });
  expect(res.status()).toBe(409);
  expect((await res.json()).error.message).toBe('This image already has its data. Glance takes data only once: create a new image for this file.');
  expect(await glance.getImage(image.id)).toMatchObject({ status: 'active', size: 4096, checksum: image.checksum });

  // and its upload page says so instead of offering a file picker
  await demoPage.goto(`/images/${image.id}/upload`);
  await expect(demoPage.getByText('This image already has its data')).toBeVisible();
  await expect(demoPage.getByLabel('Image file')).toHaveCount(0);
});

test.describe('file bytes that do not match the disk format are warned about before anything is sent', () => {
  test('create form: a raw file named .qcow2, and a real qcow2 declared raw', async ({ demoPage }) => {
    const create = new CreateImagePage(demoPage);
    const warning = demoPage.getByTestId('format-mismatch');
    const fakeQcow2 = path.join(dir, 'fake.qcow2');
    copyFileSync(makeRaw(dir, 'zeros.raw', 1), fakeQcow2);
    await create.goto();

    await create.chooseFile(fakeQcow2);
    // the name suggests qcow2, the bytes have no qcow2 header
    await expect(create.diskFormat).toHaveValue('qcow2');
    await expect(warning).toHaveText('This file has no qcow2 header, so it is not a qcow2 image. Check the file and the format (a plain disk is raw).');
    await create.diskFormat.selectOption('raw');
    await expect(warning).toHaveCount(0);

    await create.chooseFile(smallQcow2);
    await expect(create.diskFormat).toHaveValue('qcow2');
    await expect(warning).toHaveCount(0);
    await create.diskFormat.selectOption('raw');
    await expect(warning).toHaveText('This file’s header says qcow2, but the disk format is raw. Nova would misread the disk: check the file and the format.');
  });

  test('upload page: a file without the declared qcow2 header', async ({ demoPage }) => {
    const { glance, image } = await make('demo', { disk_format: 'qcow2' });
    await demoPage.goto(`/images/${image.id}/upload`);
    await demoPage.getByLabel('Image file').setInputFiles(makeRaw(dir, 'plain.img', 1));
    await expect(demoPage.getByTestId('format-mismatch')).toHaveText(
      'This file has no qcow2 header, so it is not a qcow2 image. Check the file and the format (a plain disk is raw).',
    );
    // a matching file clears the warning
    await demoPage.getByLabel('Image file').setInputFiles(smallQcow2);
    await expect(demoPage.getByTestId('format-mismatch')).toHaveCount(0);
    expect(await glance.getImage(image.id)).toMatchObject({ status: 'queued', size: null });
  });
});

test('read-only fields cannot be set from the edit form; the record stays as it was', async ({ demoPage }) => {
  const { glance, image } = await make('demo', { hw_disk_bus: 'virtio' });
  await demoPage.goto(`/images/${image.id}/edit`);
  const readOnly = { status: 'active', owner: ALT, checksum: '0'.repeat(32), size: '1' };
  for (const [index, [key, value]] of Object.entries(readOnly).entries()) {
    await demoPage.getByRole('button', { name: 'Add property' }).click();
    // hw_disk_bus is in its metadata catalog field, so the new rows start at 1
    await demoPage.getByLabel(`Property ${index + 1} key`).fill(key);
    await demoPage.getByLabel(`Property ${index + 1} value (${key})`).fill(value);
  }
  // a real change too: the refused keys still block saving, and clicking only points at them
  await demoPage.getByLabel('Name', { exact: true }).fill(`${image.name}-renamed`);
  for (const key of Object.keys(readOnly)) {
    await expect(demoPage.getByText(`“${key}” is set by Glance and cannot be changed.`)).toBeVisible();
  }
  await demoPage.getByRole('button', { name: 'Fix 4 fields to save' }).click();
  await expect(demoPage.getByLabel('Property 1 key')).toBeFocused();
  await expect(demoPage).toHaveURL(new RegExp(`/images/${image.id}/edit$`));
  const after = (await glance.getImage(image.id))!;
  expect(after).toMatchObject({ name: image.name, status: 'queued', owner: stack.projects.demo, checksum: null, size: null, hw_disk_bus: 'virtio' });
  expect(after.updated_at).toBe(image.updated_at);

  // the server action refuses them on its own: a real save (a rename), replayed with the keys added
  await demoPage.goto(`/images/${image.id}/edit`);
  // the form put back what was typed before; start from the record instead
  await demoPage.getByRole('button', { name: 'discard them' }).click();
  await demoPage.getByLabel('Name', { exact: true }).fill(`${image.name}-renamed`);
  const save = new ImageDetailsPage(demoPage).nextServerAction();
  await demoPage.getByRole('button', { name: 'Save 1 change' }).click();
  const captured = await save;
  await demoPage.waitForURL(`**/images/${image.id}`);
  const renamed = (await glance.getImage(image.id))!;
  expect(renamed.name).toBe(`${image.name}-renamed`);
  const boundary = /boundary=(.+)$/.exec(captured.headers()['content-type'] ?? '')![1]!;
  const sent = captured.postData()!;
  const prefix = /name="(_?\d+_)name"/.exec(sent)![1]!; // React names a FormData argument's fields _1_name, …
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${prefix}${name}"\r\n\r\n${value}\r\n`;
  const extra = Object.entries(readOnly).map(([key, value]) => part('property_key', key) + part('property_value', value)).join('');
  // before the root part ("0"): React builds the FormData argument from the fields that came before it
  const root = `--${boundary}\r\nContent-Disposition: form-data; name="0"`;
  expect(sent).toContain(root);
  const forged = await replayServerAction(demoPage, captured, sent.replace(root, `${extra}${root}`));
  expect(forged.status).toBe(200);
  for (const key of Object.keys(readOnly)) expect(forged.text).toContain(`“${key}” is set by Glance and cannot be changed.`);
  expect((await glance.getImage(image.id))!.updated_at).toBe(renamed.updated_at);

  // Glance refuses the same on its own: the second layer
  const direct = await glance.request('PATCH', `/v2/images/${image.id}`, [{ op: 'replace', path: '/status', value: 'active' }], PATCH);
  expect(direct.status).toBe(403);
  expect((await glance.getImage(image.id))?.status).toBe('queued');
});

test('forged visibility calls: unknown value, public from a member, malformed and unknown IDs', async ({ demoPage }) => {
  const { glance, image } = await make('demo', { visibility: 'private' });
  const details = new ImageDetailsPage(demoPage);
  await details.goto(image.id);
  const captured = await captureAction(demoPage, () => details.changeVisibility('Shared', { confirm: false }));
  await expect.poll(async () => (await glance.getImage(image.id))?.visibility).toBe('shared');
  expect(captured.postData()).toBe(JSON.stringify([image.id, 'shared']));

  expect(await forge(demoPage, captured, [image.id, 'everyone'])).toBe('Choose private, shared, community or public.');
  expect(await forge(demoPage, captured, [image.id, 'public'])).toBe('Only cloud administrators can make an image public.');
  expect(await forge(demoPage, captured, [NOT_A_UUID, 'private'])).toBe(INVALID_ID);
  expect(await forge(demoPage, captured, [randomUUID(), 'private'])).toBe(GONE);
  expect((await glance.getImage(image.id))?.visibility).toBe('shared');

  // without Iris in the way, Glance refuses a member's publicizing too
  const direct = await glance.request('PATCH', `/v2/images/${image.id}`, [{ op: 'replace', path: '/visibility', value: 'public' }], PATCH);
  expect(direct.status).toBe(403);
  expect((await glance.getImage(image.id))?.visibility).toBe('shared');
});

test.describe('sharing: forged member calls', () => {
  test('members on a non-shared image, malformed image IDs, and duplicates are refused', async ({ demoPage }) => {
    const { glance, image: shared } = await make('demo', { visibility: 'shared' });
    const { image: priv } = await make('demo', { visibility: 'private' });
    const owner = new ImageSharingPage(demoPage);

    // what the page offers for a private image: switching it to shared first
    await owner.goto(priv.id);
    await owner.projectInput().fill(ALT);
    await expect(owner.addButton()).toHaveText('Switch to shared and add');

    await owner.goto(shared.id);
    const add = await captureAction(demoPage, () => owner.add('demo-lab'));
    await expect(owner.row(stack.projects.demoLab)).toContainText('Pending');
    expect(JSON.parse(add.postData()!)).toEqual([shared.id, 'demo-lab', { makeShared: false }]);
    const remove = await captureAction(demoPage, () => owner.remove(stack.projects.demoLab));
    await expect(owner.rows()).toHaveCount(0);

    expect(await forge(demoPage, add, [priv.id, ALT, { makeShared: false }])).toBe(
      'This image is private. Only shared images have member projects: switch it to Shared first.',
    );
    expect(await forge(demoPage, add, [NOT_A_UUID, ALT, { makeShared: true }])).toBe(INVALID_ID);
    expect(await forge(demoPage, add, [randomUUID(), ALT, { makeShared: true }])).toBe(GONE);
    expect((await glance.getImage(priv.id))?.visibility).toBe('private');
    expect(await membersOf(glance, shared.id)).toEqual([]);

    expect((await glance.addMember(shared.id, ALT)).status).toBe(200);
    expect(await forge(demoPage, add, [shared.id, ALT, { makeShared: false }])).toBe(`Project ${ALT} is already a member of this image (pending). Nothing was changed.`);
    expect(await forge(demoPage, remove, [NOT_A_UUID, ALT])).toBe(INVALID_ID);
    expect(await membersOf(glance, shared.id)).toEqual([{ member_id: ALT, status: 'pending' }]);

    // Glance itself: members exist only on shared images
    expect((await glance.addMember(priv.id, ALT)).status).toBe(403);
  });

  test('invitation answers: unknown status, malformed ID, and the owner answering for a member', async ({ altPage, demoPage }) => {
    const { glance: demo, image } = await make('demo', { visibility: 'shared' });
    expect((await demo.addMember(image.id, ALT)).status).toBe(200);
    const consumer = new ImageSharingPage(altPage);
    await consumer.goto(image.id);
    const answer = await captureAction(altPage, () => consumer.answer('Reject'));
    expect(answer.postData()).toBe(JSON.stringify([image.id, 'rejected']));
    expect(await membersOf(demo, image.id)).toEqual([{ member_id: ALT, status: 'rejected' }]);

    for (const status of ['bogus', 'ACCEPTED', '']) {
      expect(await forge(altPage, answer, [image.id, status]), status).toBe('An invitation can only be accepted, rejected or left pending.');
    }
    expect(await forge(altPage, answer, [NOT_A_UUID, 'accepted'])).toBe(INVALID_ID);
    // the owner replays the member's answer from its own session: refused, nothing changes
    expect(await forge(demoPage, answer, [image.id, 'accepted'])).toBe(
      'Your project owns this image: only the projects it is shared with can accept or reject it.',
    );
    expect(await membersOf(demo, image.id)).toEqual([{ member_id: ALT, status: 'rejected' }]);

    // and Glance refuses the owner setting a member's status directly
    expect((await demo.setMemberStatus(image.id, ALT, 'accepted')).status).toBe(403);
    expect(await membersOf(demo, image.id)).toEqual([{ member_id: ALT, status: 'rejected' }]);
  });
});

test('malformed and unknown image IDs in page URLs answer 404 with "Image not found", and API routes answer 400', async ({ demoPage }) => {
  // in the browser, as a person follows a stale link: the friendly page, answered as a 404
  for (const path of [`/images/${NOT_A_UUID}`, `/images/${randomUUID()}/edit`, `/images/${randomUUID()}/sharing`]) {
    const response = await demoPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(demoPage.getByRole('heading', { name: 'Image not found' }), path).toBeVisible();
  }
  await demoPage.getByRole('link', { name: 'Back to images' }).click();
  await expect(demoPage).toHaveURL(/\/images$/);
  // the status of every page under an image, with this session's cookie; a real image answers 200
  const { image } = await make('demo');
  for (const id of [NOT_A_UUID, randomUUID(), image.id]) {
    for (const sub of ['', '/edit', '/sharing', '/upload']) {
      const res = await demoPage.request.get(`/images/${id}${sub}`);
      expect(res.status(), `/images/${id}${sub}`).toBe(id === image.id ? 200 : 404);
    }
  }
  for (const route of [`/api/images/${NOT_A_UUID}`, `/api/images/${NOT_A_UUID}/members`, `/api/images/${NOT_A_UUID}/file`]) {
    const res = await demoPage.request.get(route);
    expect(res.status(), route).toBe(400);
    expect((await res.json()).error.message, route).toBe(INVALID_ID);
  }
});

test.describe('list URLs', () => {
  test('malformed query values fall back to the defaults on /images, and one line says what was ignored', async ({ demoPage }) => {
    test.slow(); // three list pages
    const { image } = await make('demo');
    const images = new ImagesPage(demoPage);
    await images.goto('?marker=not-a-uuid&sort=bogus&limit=100000&dir=sideways');
    const note = demoPage.getByRole('note', { name: 'Ignored link values' });
    await expect(note).toHaveText(
      'Ignored from this link, showing the default instead: sort=bogus (expects name, status, disk_format, size, created_at or updated_at); ' +
        'dir=sideways (expects asc or desc); limit=100000 (expects 10, 25, 50 or 100); marker=not-a-uuid (expects an image ID).',
    );
    // one note, above the table
    const [noteBox, tableBox] = [await note.boundingBox(), await images.table().boundingBox()];
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(tableBox!.y);
    // a link the page builds itself carries no ignored value any more
    await images.tab('All').click();
    await expect(images.tab('All')).toHaveAttribute('aria-current', 'page');
    await expect(note).toHaveCount(0);

    await images.goto('?limit=abc&sort=evil&dir=sideways&status=nope&marker=not-a-uuid&tab=bogus&share=x&visibility=everyone&from=yesterday&protected=maybe');
    await expect(note).toContainText('tab=bogus (expects project, official, shared, public, community or all)');
    await expect(images.errorState()).toHaveCount(0);
    await expect(images.tab('Project')).toHaveAttribute('aria-current', 'page');
    await expect(demoPage.getByLabel('Rows per page', { exact: true })).toHaveValue('25');
    await expect(demoPage.getByLabel('Status', { exact: true })).toHaveValue('');
    await expect(images.table().getByRole('columnheader', { name: /^Created\b/ })).toHaveAttribute('aria-sort', 'descending');
    expect(await images.ids()).toContain(image.id);
    expect((await images.ids()).length).toBeLessThanOrEqual(25);
  });

  test('malformed query values fall back to the defaults on /admin/images, and one line says what was ignored', async ({ adminPage }) => {
    const { image } = await make('admin');
    const admin = new AdminPage(adminPage);
    await admin.goto('?visibility=everyone&status=nope&size=giant&hidden=maybe&sort=evil&marker=not-a-uuid&owner=..%2F..');
    const note = adminPage.getByRole('note', { name: 'Ignored link values' });
    for (const said of ['owner=../.. (expects a project ID)', 'visibility=everyone', 'status=nope', 'size=giant', 'hidden=maybe', 'sort=evil (expects newest, name or largest)', 'marker=not-a-uuid']) {
      await expect(note).toContainText(said);
    }
    await admin.goto('?sort=name');
    await expect(note).toHaveCount(0);
    await admin.goto('?visibility=everyone&status=nope&size=giant&hidden=maybe&sort=evil&marker=not-a-uuid&owner=..%2F..');
    await expect(adminPage.getByLabel('Visibility', { exact: true })).toHaveValue('all');
    await expect(adminPage.getByLabel('Status', { exact: true })).toHaveValue('any');
    await expect(adminPage.getByLabel('Sort', { exact: true })).toHaveValue('newest');
    await expect(adminPage.getByLabel('Owner project', { exact: true })).toHaveValue('');
    await expect(admin.rows(image.name)).toHaveCount(1);
  });

  test('a deleted or unknown image as paging marker explains and offers the first page (/images and /admin/images)', async ({ demoPage, adminPage }) => {
    const glance = await Glance.as('demo');
    const gone = await glance.createImage({ name: uniqueName('gone-marker') });
    await glance.deleteImage(gone.id);
    expect(await glance.getImage(gone.id)).toBeUndefined();

    const images = new ImagesPage(demoPage);
    await images.goto(`?marker=${gone.id}`);
    await expect(images.errorState()).toContainText('The image this page started from no longer exists.');
    await demoPage.getByRole('link', { name: 'Go to the first page' }).click();
    await expect(demoPage).toHaveURL(/\/images$/);
    await expect(images.table()).toBeVisible();

    // Glance lets administrators see deleted rows, so for them the list simply goes on after it
    const admin = new AdminPage(adminPage);
    await admin.goto(`?marker=${gone.id}`);
    await expect(admin.table()).toBeVisible();
    await expect(admin.rows(gone.name)).toHaveCount(0);
    // a marker Glance has no row for at all (purged, or never there) is explained, not a crash
    await admin.goto(`?marker=${randomUUID()}`);
    await expect(adminPage.getByRole('alert').filter({ hasText: 'The image this page started from no longer exists.' })).toBeVisible();
    await adminPage.getByRole('link', { name: 'Go to the first page' }).click();
    await expect(adminPage).toHaveURL(/\/admin\/images$/);
    await expect(admin.table()).toBeVisible();
  });
});
