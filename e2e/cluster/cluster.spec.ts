import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { CreateImagePage } from '../pages/create-image-page';
import { ImagesPage, type TabName } from '../pages/images-page';
import { seriousViolations } from '../support/axe';
import { makeRaw } from '../support/image-files';
import { Glance, uniqueName } from '../support/openstack';
import { accessLogLines, signIn } from './nginx';
import { freezeReplica, killReplica, recordReplicas, recordServerErrors, replicaPort, restartReplica, startReplica, unreadBytesAt } from './replicas';

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

  test('a create in flight on a replica that dies: the user is told, nginx does not resend it, Glance holds it at most once', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iris-cluster-inflight-'));
    const glance = await Glance.as('demo');
    const name = uniqueName('cluster-inflight');
    await signIn(page, 'demo');
    const create = new CreateImagePage(page);
    await create.goto();
    await create.chooseFile(makeRaw(dir, 'in-flight.raw', 1));
    await create.name.fill(name);
    const posts = () => accessLogLines('"POST /images/create ');
    const postsBefore = posts().length;
    // b down (nginx has seen it refuse a connection, so it sends nothing there for 10 s) and a not
    // running: the create's POST goes to a, first and only, and waits in a's socket, unread. Then b
    // comes back, counts as up again, and a dies with the POST: nginx could resend it to b, and must not.
    killReplica('b');
    const [a, b] = [replicaPort('a'), replicaPort('b')];
    const refusedByB = () => accessLogLines(`upstream=127.0.0.1:${b}, 127.0.0.1:${a} `).length;
    const refusedBefore = refusedByB();
    await expect
      .poll(async () => {
        await page.request.get('/login');
        return refusedByB();
      })
      .toBeGreaterThan(refusedBefore);
    const bRefused = Date.now();
    freezeReplica('a');
    // nginx resends a request to the next replica only within proxy_next_upstream_timeout (10 s) of
    // its start, and b counts as up again once more than fail_timeout (10 s, counted in whole
    // seconds) has passed since it refused: posting 4 s after the refusal and killing a 12 s after
    // it leaves nginx free to resend the POST to b, had it been allowed to
    await page.waitForTimeout(Math.max(0, bRefused + 4_000 - Date.now()));
    try {
      const unreadBefore = unreadBytesAt(a);
      const posted = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/images/create'));
      await create.submit();
      const body = (await posted).postDataBuffer()?.length ?? 1;
      // the whole POST sits in a's socket: in flight on a when it dies
      await expect.poll(() => unreadBytesAt(a) - unreadBefore, { timeout: 10_000 }).toBeGreaterThanOrEqual(body);
      startReplica('b');
      await page.waitForTimeout(Math.max(0, bRefused + 12_000 - Date.now()));
      killReplica('a');

      const alert = page.getByRole('alert').filter({ hasText: 'No answer from the server' });
      await expect(alert).toContainText('Your change may or may not have been applied, so check the current state before trying again.');
      // nginx answered the POST itself (502) when a died: sent to a alone, not resent to b
      await expect.poll(() => posts().length).toBe(postsBefore + 1);
      expect(posts().at(-1)).toMatch(new RegExp(`" 502 .* upstream=127\\.0\\.0\\.1:${a} ust=502 `));
      // the form keeps what was typed, to try again once the user has looked
      await expect(create.name).toHaveValue(name);
    } finally {
      // a SIGKILLed process group is gone even while stopped; a (and b, had the test stopped early) come back
      try {
        killReplica('a');
      } catch {}
      restartReplica('a', 'b');
      rmSync(dir, { recursive: true, force: true });
    }

    // the message at both widths, no sideways scroll on a phone, axe clean
    const alert = page.getByRole('alert').filter({ hasText: 'No answer from the server' });
    await alert.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('create-no-answer-1360.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await alert.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('create-no-answer-390.png') });
    await page.setViewportSize({ width: 1360, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);

    // the state re-read: the images of that name, as Glance holds them now, at most one
    const found = await glance.findByName(name);
    try {
      expect(found.length).toBeLessThanOrEqual(1);
      await page.getByRole('link', { name: `Look for images named “${name}”` }).click();
      await page.waitForURL(/[?&]q=/);
      const images = new ImagesPage(page);
      await images.settled();
      expect(await images.names()).toEqual(found.map((image) => image.name));
    } finally {
      for (const image of found) await glance.deleteImage(image.id);
    }
  });
});
