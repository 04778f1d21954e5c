import { test, expect } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { ImagesPage } from './pages/images-page';
import { LoginPage } from './pages/login-page';
import { createTestProject, createTestUser, deleteTestProject, deleteTestUser, Glance, passwordToken, uniqueName, type GlanceImage, type TestProject, type TestUser } from './support/openstack';

// Glance's `visibility=shared` list always holds the project's own shared images, whatever
// `member_status` says (`_select_images_query`). A project that owns more than a page of them
// still has to see the invitation another project sent it: in the header's count and on the
// Shared-with-me tab. Its own project, so no other spec's counts see these records.

/** More own shared images than one Glance call of 100 rows holds. */
const OWN_SHARED = 101;

test.describe('invitations of a project that owns many shared images', () => {
  // Glance creates records one at a time (about 4 a second here), however many are in flight
  test.describe.configure({ timeout: 240_000 });

  let project: TestProject | undefined;
  let user: TestUser | undefined;
  let member: Glance;
  let demo: Glance;
  let invitation: GlanceImage;
  const own: GlanceImage[] = [];

  test.beforeAll(async () => {
    project = await createTestProject('invites');
    user = await createTestUser('invites', project.name);
    member = new Glance(await passwordToken(user.username, user.password, project.name));
    demo = await Glance.as('demo');
    invitation = await demo.createImage({ name: uniqueName('invitation-at-scale'), visibility: 'shared' });
    expect((await demo.addMember(invitation.id, project.id)).status).toBe(200);
    // Glance lists newest first: once one own record is younger than the invitation (created_at
    // counts whole seconds), every record after it is listed before the invitation.
    do own.push(await member.createImage({ name: uniqueName('own-shared'), visibility: 'shared' }));
    while (own.at(-1)!.created_at === invitation.created_at);
    own.push(...(await member.createRecords(OWN_SHARED, { name: uniqueName('own-shared'), visibility: 'shared' })));
  });

  test.afterAll(async () => {
    if (member) await member.deleteImages(own.map((image) => image.id));
    if (invitation) await demo.deleteImage(invitation.id);
    await deleteTestUser(user);
    await deleteTestProject(project);
  });

  test('the header counts the invitation and leads to it on the pending list, where it is accepted', async ({ page }) => {
    // what Iris must walk past: Glance's first 100 rows are all the project's own
    const firstCall = await member.request('GET', '/v2/images?visibility=shared&member_status=pending&limit=100');
    const rows = (firstCall.body as { images: GlanceImage[] }).images;
    expect(rows).toHaveLength(100);
    expect(rows.filter((image) => image.owner !== project!.id)).toEqual([]);

    await new LoginPage(page).signIn(user!);
    const shell = new AppShell(page);
    await expect(shell.currentProject()).toHaveText(project!.name);
    await expect(shell.invitationsLink()).toHaveAccessibleName(/^Invitations\s*1\s*image shared with your project waits for your answer$/);

    await shell.invitationsLink().click();
    await expect(page).toHaveURL(/tab=shared&share=pending/);
    const images = new ImagesPage(page);
    await images.settled();
    await expect(page.getByRole('navigation', { name: 'Share status' }).getByRole('link', { name: /^Pending invitations/ })).toHaveAttribute('aria-current', 'page');
    await expect(images.rows()).toHaveCount(1);
    await expect(images.row(invitation.name)).toBeVisible();

    await images.shareButton('Accept', invitation.name).click();
    await expect(page.getByText(`${invitation.name}: Accepted`)).toBeVisible({ timeout: 30_000 });
    expect(await demo.listMembers(invitation.id)).toEqual([expect.objectContaining({ member_id: project!.id, status: 'accepted' })]);
    // nothing waits any more: the count is asked again and the link goes
    await expect(shell.invitationsLink()).toHaveCount(0);
  });
});
