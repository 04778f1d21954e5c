import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { Glance, uniqueName } from './support/openstack';

/**
 * Glance accepts any string as a member ID, so a project member can plant one that is shell
 * syntax, for colleagues to paste from the sharing page. Every CLI line must stay one command
 * with the member as one argument.
 */
test('a hostile member ID on the sharing page stays one quoted argument in the copied command', async ({ demoPage }) => {
  const glance = await Glance.as('demo');
  const hostile = 'x;touch${IFS}pwned;#';
  const image = await glance.createImage({ name: uniqueName('cli-quoting'), visibility: 'shared' });
  try {
    expect((await glance.addMember(image.id, hostile)).status).toBe(200);

    await demoPage.goto(`/images/${image.id}`);
    await demoPage.getByRole('navigation', { name: 'Image pages' }).getByRole('link', { name: 'Manage sharing' }).click();
    await expect(demoPage.getByTestId('member-row')).toHaveText(new RegExp(hostile.replace(/[$;{}]/g, '\\$&')));
    const remove = demoPage.getByTestId('cli-command').filter({ hasText: 'openstack image remove project' });
    const line = (await remove.locator('code').innerText()).replace(/^\$\s*/, '');
    expect(line).toBe(`openstack image remove project ${image.id} 'x;touch\${IFS}pwned;#'`);

    // paste it into a real shell (with `openstack` replaced by a stand-in that prints its arguments)
    const dir = mkdtempSync(join(tmpdir(), 'iris-paste-'));
    try {
      const args = execFileSync('/bin/sh', ['-c', `openstack() { printf '%s\\n' "$@"; }; ${line}`], { cwd: dir, encoding: 'utf8' });
      expect(args.trimEnd().split('\n')).toEqual(['image', 'remove', 'project', image.id, hostile]);
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await glance.deleteImage(image.id);
  }
});
