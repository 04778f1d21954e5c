import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CreateImagePage } from './pages/create-image-page';
import { makeQcow2, rawDigestsOf } from './support/image-files';
import { Glance, uniqueName } from './support/openstack';

// Node ends any request after 300 s by default (requestTimeout); Iris's server (server/start.mjs)
// only closes connections that go idle. Slow by nature: one such test, ~6 minutes.
const OLD_LIMIT_MS = 300_000;

test('an upload that takes longer than 5 minutes finishes: active, all of the file received', async ({ demoPage }) => {
  test.setTimeout(12 * 60_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iris-long-'));
  const glance = await Glance.as('demo');
  const name = uniqueName('long');
  try {
    const file = makeQcow2(dir, 'long.qcow2', 3);
    const create = new CreateImagePage(demoPage);
    // ~3.3 MB at 10 kB/s: about 330 s on the wire
    await create.throttleUpload(10_000);
    await create.goto();
    await create.chooseFile(file);
    await create.name.fill(name);
    await create.submit();
    await expect(create.uploadProgress).toBeVisible();
    const startedAt = Date.now();

    await expect(demoPage.getByTestId('upload-done')).toBeVisible({ timeout: 11 * 60_000 });
    // the test proves something only if the upload outlived the old limit
    expect(Date.now() - startedAt).toBeGreaterThan(OLD_LIMIT_MS);
    await expect(create.status).toHaveText('active');
    // staged, then imported: Glance converts the qcow2 to raw, whose checksum is qemu-img's conversion's
    await expect(demoPage.getByTestId('staged-size')).toContainText('✓ Glance received all of your file at staging');
    const { md5 } = rawDigestsOf(file);
    await expect(create.checksumRow('MD5').stored).toHaveText(md5);
    expect((await glance.findByName(name))[0]).toMatchObject({ status: 'active', checksum: md5, disk_format: 'raw' });
  } finally {
    for (const image of await glance.findByName(name)) await glance.deleteImage(image.id);
    rmSync(dir, { recursive: true, force: true });
  }
});
