import { randomBytes } from 'node:crypto';
import { seriousViolations } from './support/axe';
import { test, expect } from './fixtures';
import { ImageSharingPage } from './pages/image-sharing-page';
import { Glance, tokenFor, uniqueName, type GlanceImage } from './support/openstack';
import { stack } from './support/env';

const ALT = stack.projects.alt;
const DEMO_LAB = stack.projects.demoLab;
const randomProjectId = () => randomBytes(16).toString('hex');

/** Direct Glance reads as alt, to check what the UI did through the real API. */
async function altSees(imageId: string, name: string) {
  const alt = await Glance.as('alt');
  const byId = await alt.request('GET', `/v2/images/${imageId}`);
  const listed = await alt.request('GET', `/v2/images?name=${encodeURIComponent(name)}`);
  return { byId: byId.status, inDefaultList: (listed.body as { images: GlanceImage[] }).images.some((i) => i.id === imageId) };
}

async function altDownload(imageId: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${stack.glanceUrl}/v2/images/${imageId}/file`, { headers: { 'x-auth-token': await tokenFor('alt') } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

test.describe('image sharing', () => {
  // Several real Keystone + Glance round trips per step, on a machine shared with other test runs.
  test.describe.configure({ timeout: 120_000 });
  const created: { user: 'demo' | 'admin'; id: string }[] = [];

  async function imageOf(user: 'demo' | 'admin', fields: Record<string, unknown>, data?: Uint8Array) {
    const glance = await Glance.as(user);
    const image = await glance.createImage({ name: uniqueName('sharing'), ...fields });
    created.push({ user, id: image.id });
    if (data) await glance.upload(image.id, data);
    return { glance, image };
  }

  test.afterEach(async () => {
    for (const { user, id } of created.splice(0)) await (await Glance.as(user)).deleteImage(id);
  });

  test('demo shares with alt; alt accepts, downloads, later rejects; demo removes alt', async ({ demoPage, altPage }) => {
    test.setTimeout(180_000);
    const bytes = randomBytes(64 * 1024);
    const { glance: demo, image } = await imageOf('demo', { visibility: 'private' }, bytes);
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    await expect(demoPage.getByText('This image is private. Only shared images have member projects')).toBeVisible();

    // demo may not list other projects in Keystone, so "alt" cannot be resolved by name: the UI says where to find the ID.
    await owner.add('alt');
    await expect(owner.fieldHelp()).toContainText('Iris cannot look up “alt” by name');
    await expect(owner.fieldHelp()).toContainText('OS_PROJECT_ID');
    await expect(owner.rows()).toHaveCount(0);
    expect((await demo.getImage(image.id))?.visibility).toBe('private');

    // By ID: Iris warns it cannot verify a foreign ID, then offers to switch the image to shared first.
    await owner.projectInput().fill(ALT);
    await expect(owner.fieldHelp()).toContainText('Iris cannot check IDs of projects you are not in');
    await expect(owner.addButton()).toHaveText('Switch to shared and add');
    await owner.addButton().click();
    await expect(owner.row(ALT)).toContainText('Pending');
    await expect(demoPage.getByText('Not shared yet')).toHaveCount(0);
    expect((await demo.getImage(image.id))?.visibility).toBe('shared');
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'pending' })]);
    await expect(owner.cliCommands().filter({ hasText: `openstack image add project ${image.id} ${ALT}` })).toHaveCount(1);

    // alt sees the invitation on the same page and accepts it.
    const consumer = new ImageSharingPage(altPage);
    await consumer.goto(image.id);
    await expect(consumer.invitationStatus()).toHaveText('Pending');
    await expect(consumer.cliCommands().filter({ hasText: `openstack image set --accept ${image.id}` })).toHaveCount(1);
    expect((await altSees(image.id, image.name)).inDefaultList).toBe(false);
    await consumer.answer('Accept');
    await expect(consumer.invitationStatus()).toHaveText('Accepted');
    await expect(altPage.getByRole('button', { name: 'Hide again (reject)', exact: true })).toBeEnabled();
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'accepted' })]);
    expect(await altSees(image.id, image.name)).toEqual({ byId: 200, inDefaultList: true });
    const download = await altDownload(image.id);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(bytes)).toBe(true);

    // demo's panel polls while an invitation is pending, and shows the answer without a reload.
    await expect(owner.row(ALT)).toContainText('Accepted', { timeout: 25_000 });

    // alt hides it again: it leaves alt's default list.
    await consumer.answer('Hide again (reject)');
    await expect(consumer.invitationStatus()).toHaveText('Rejected');
    await expect(altPage.getByRole('button', { name: 'Accept again', exact: true })).toBeEnabled();
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'rejected' })]);
    expect((await altSees(image.id, image.name)).inDefaultList).toBe(false);

    // demo removes alt: alt can no longer see the image at all.
    await owner.goto(image.id);
    await expect(owner.row(ALT)).toContainText('Rejected');
    await owner.remove(ALT);
    await expect(owner.rows()).toHaveCount(0);
    await expect(demoPage.getByText(/Removed .*: it can no longer see or use this image/)).toBeVisible();
    expect(await demo.listMembers(image.id)).toEqual([]);
    expect((await altSees(image.id, image.name)).byId).toBe(404);
    expect((await altDownload(image.id)).status).toBe(404);
    await altPage.goto(`/images/${image.id}/sharing`);
    await expect(altPage.getByRole('heading', { level: 1, name: /^Sharing/ })).toHaveCount(0);
  });

  test('alt restores a rejected invitation and can move it back to pending', async ({ altPage }) => {
    const { glance: demo, image } = await imageOf('demo', { visibility: 'shared' });
    expect((await demo.addMember(image.id, ALT)).status).toBe(200);
    expect((await (await Glance.as('alt')).setMemberStatus(image.id, ALT, 'rejected')).status).toBe(200);
    const consumer = new ImageSharingPage(altPage);
    await consumer.goto(image.id);
    await expect(consumer.invitationStatus()).toHaveText('Rejected');
    await consumer.answer('Accept again');
    await expect(consumer.invitationStatus()).toHaveText('Accepted');
    expect((await altSees(image.id, image.name)).inDefaultList).toBe(true);
    await consumer.answer('Move back to pending');
    await expect(consumer.invitationStatus()).toHaveText('Pending');
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'pending' })]);
    expect((await altSees(image.id, image.name)).inDefaultList).toBe(false);
  });

  test('duplicate, malformed and unresolvable projects show a message and change nothing', async ({ demoPage }) => {
    const { glance: demo, image } = await imageOf('demo', { visibility: 'shared' });
    expect((await demo.addMember(image.id, ALT)).status).toBe(200);
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    await expect(owner.rows()).toHaveCount(1);

    await owner.add(ALT.toUpperCase());
    await expect(owner.fieldHelp()).toContainText(`${ALT} is already a member of this image (pending). Nothing was changed.`);
    await owner.add('x'.repeat(70));
    await expect(owner.fieldHelp()).toContainText('neither a project ID');
    await owner.add('no-such-project');
    await expect(owner.fieldHelp()).toContainText('Iris cannot look up “no-such-project” by name');
    await expect(owner.rows()).toHaveCount(1);
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'pending' })]);

    // A project demo belongs to resolves by name, and shows its name in the list.
    await owner.add('demo-lab');
    await expect(owner.row(DEMO_LAB)).toContainText('demo-lab');
    await expect(owner.row(DEMO_LAB)).toContainText('Pending');
    expect((await demo.listMembers(image.id)).map((m) => m.member_id).sort()).toEqual([ALT, DEMO_LAB].sort());
  });

  test('a duplicate Glance refuses rolls the optimistic row back', async ({ demoPage }) => {
    const { glance: demo, image } = await imageOf('demo', { visibility: 'shared' });
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    await expect(owner.rows()).toHaveCount(0);
    // Someone else adds alt meanwhile (the CLI, another tab): the page's list is now stale.
    expect((await demo.addMember(image.id, ALT)).status).toBe(200);
    await owner.add(ALT);
    await expect(owner.fieldHelp()).toContainText(`Project ${ALT} is already a member of this image (pending). Nothing was changed.`);
    await expect(owner.rows()).toHaveCount(1);
    expect(await demo.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT })]);
  });

  test('member quota: the optimistic row appears, then rolls back with the limit explained', async ({ demoPage }) => {
    test.setTimeout(180_000);
    const { glance: demo, image } = await imageOf('demo', { visibility: 'shared' });
    const filled = await Promise.all(Array.from({ length: 128 }, () => demo.addMember(image.id, randomProjectId())));
    expect(filled.every((res) => res.status === 200)).toBe(true);
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    await expect(owner.rows()).toHaveCount(128);

    // Hold the server action until the optimistic row has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await demoPage.route(`**/images/${image.id}/sharing`, async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    const extra = randomProjectId();
    await owner.add(extra);
    await expect(owner.row(extra)).toContainText('Adding…');
    await expect(owner.rows()).toHaveCount(129);
    release();
    await expect(owner.fieldHelp()).toContainText('This image already has 128 member projects, the most this cloud allows');
    await expect(owner.row(extra)).toHaveCount(0);
    await expect(owner.rows()).toHaveCount(128);
    const members = await demo.listMembers(image.id);
    expect(members).toHaveLength(128);
    expect(members.some((m) => m.member_id === extra)).toBe(false);
  });

  test('an administrator adds a project by name; unknown names and IDs are refused', async ({ adminPage }) => {
    const { glance: admin, image } = await imageOf('admin', { visibility: 'shared' });
    const owner = new ImageSharingPage(adminPage);
    await owner.goto(image.id);
    await expect(owner.fieldHelp()).toContainText('Any project name or ID: Iris looks it up in Keystone.');

    const missing = randomProjectId();
    await owner.add(missing);
    await expect(owner.fieldHelp()).toContainText(`No project has the ID ${missing}`);
    await owner.add('no-such-project');
    await expect(owner.fieldHelp()).toContainText('Keystone shows you no project named “no-such-project”');
    expect(await admin.listMembers(image.id)).toEqual([]);

    await owner.add('alt');
    await expect(owner.row(ALT)).toContainText('alt');
    await expect(owner.row(ALT)).toContainText('Pending');
    expect(await admin.listMembers(image.id)).toEqual([expect.objectContaining({ member_id: ALT, status: 'pending' })]);
  });

  test('a member ID Iris cannot check is said plainly in the owner’s table, after a warning before adding', async ({ demoPage }) => {
    // demo (a plain member) may not look up other projects: Iris warns before adding and says so in the row
    const { glance: demo, image } = await imageOf('demo', { visibility: 'shared' });
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    const bogus = randomProjectId();
    await owner.projectInput().fill(bogus);
    await expect(owner.fieldHelp()).toContainText('Iris cannot check IDs of projects you are not in, and Glance accepts any ID: make sure this one is right.');
    await owner.addButton().click();
    const unchecked = owner.row(bogus).getByTestId('member-check');
    await expect(unchecked).toHaveText('Iris cannot check this ID with your account. If no project has it, nobody will ever answer.');
    await owner.goto(image.id); // after a reload too: the server says the same
    await expect(unchecked).toHaveText('Iris cannot check this ID with your account. If no project has it, nobody will ever answer.');
    await owner.remove(bogus);
    await expect(owner.rows()).toHaveCount(0);
    // the row goes at once (optimistic); Glance has it gone once Iris says so
    await expect(demoPage.getByText(/Removed .*: it can no longer see or use this image/)).toBeVisible();
    expect(await demo.listMembers(image.id)).toEqual([]);
  });

  test('a member ID no project answers to is said plainly in the owner’s table, and removed in one click', async ({ adminPage }) => {
    // an administrator may look projects up, so Iris checks each member ID with their token: one that
    // no project has (added past Iris, e.g. with the CLI, or a project deleted since) is named plainly
    const { glance: admin, image: adminImage } = await imageOf('admin', { visibility: 'shared' });
    const missing = randomProjectId();
    expect((await admin.addMember(adminImage.id, missing)).status).toBe(200);
    expect((await admin.addMember(adminImage.id, ALT)).status).toBe(200);
    const adminOwner = new ImageSharingPage(adminPage);
    await adminOwner.goto(adminImage.id);
    await expect(adminOwner.row(missing).getByTestId('member-check')).toHaveText(
      'Keystone has no project with this ID (mistyped, or deleted since): nobody can accept this invitation. Remove it.',
    );
    await expect(adminOwner.row(ALT)).toContainText('alt');
    await expect(adminOwner.row(ALT).getByTestId('member-check')).toHaveCount(0);
    // removal is one click: nobody loses access
    await adminOwner.row(missing).getByRole('button', { name: `Remove ${missing}` }).click();
    await expect(adminOwner.row(missing)).toHaveCount(0);
    await expect(adminPage.getByText(/Removed .*: it can no longer see or use this image/)).toBeVisible();
    expect((await admin.listMembers(adminImage.id)).map((m) => m.member_id)).toEqual([ALT]);
  });
});

test.describe('image sharing accessibility', () => {
  // axe runs take tens of seconds when the shared machine is loaded.
  test.describe.configure({ timeout: 240_000 });
  let image: GlanceImage;

  test.beforeEach(async () => {
    const demo = await Glance.as('demo');
    image = await demo.createImage({ name: uniqueName('sharing-a11y'), visibility: 'shared' });
    expect((await demo.addMember(image.id, ALT)).status).toBe(200);
  });

  test.afterEach(async () => {
    await (await Glance.as('demo')).deleteImage(image.id);
  });

  test('the owner view has no serious violations', async ({ demoPage }) => {
    const owner = new ImageSharingPage(demoPage);
    await owner.goto(image.id);
    await expect(owner.row(ALT)).toBeVisible();
    expect(await seriousViolations(demoPage)).toEqual([]);
  });

  test('the member view has no serious violations', async ({ altPage }) => {
    const consumer = new ImageSharingPage(altPage);
    await consumer.goto(image.id);
    await expect(consumer.invitationStatus()).toHaveText('Pending');
    expect(await seriousViolations(altPage)).toEqual([]);
  });
});

