import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { ImagesPage, type TabName } from '../pages/images-page';
import { signIn } from './nginx';
import { killReplica, recordReplicas, recordServerErrors, restartReplica } from './replicas';

const TABS: TabName[] = ['Public', 'Community', 'All', 'Project', 'Official', 'Public', 'All', 'Project'];

test.describe('nginx in front of two replicas', () => {
  test('a signed-in session hops between the replicas and stays signed in', async ({ page }) => {
    const replicas = recordReplicas(page);
    const errors = recordServerErrors(page);
    await signIn(page, 'demo');
    const images = new ImagesPage(page);
    for (const tab of TABS) await images.openTab(tab);
    // round-robin: both replicas answered requests of this one session, which never lost it
    expect(new Set(replicas)).toEqual(new Set(['a', 'b']));
    await expect(new AppShell(page).currentProject()).toHaveText('demo');
    expect(page.url()).not.toContain('/login');
    expect(errors).toEqual([]);
  });

  test('one replica killed mid-session: the user carries on on the other', async ({ page }) => {
    await signIn(page, 'demo');
    const images = new ImagesPage(page);
    const errors = recordServerErrors(page);
    killReplica('a');
    try {
      const replicas = recordReplicas(page);
      for (const tab of TABS) await images.openTab(tab);
      await page.getByRole('link', { name: 'demo-private', exact: true }).first().click();
      await expect(page.getByRole('heading', { name: 'demo-private' })).toBeVisible();
      expect(new Set(replicas)).toEqual(new Set(['b']));
      await expect(new AppShell(page).currentProject()).toHaveText('demo');
      expect(errors).toEqual([]);
    } finally {
      restartReplica('a');
    }
  });
});
