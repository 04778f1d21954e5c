import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, patchToCli, shellQuote } from './cli';

/** What a real POSIX shell makes of a quoted word. */
function shellEcho(word: string): string {
  return execFileSync('/bin/sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
}

describe('shellQuote', () => {
  it('leaves safe words bare', () => {
    expect(shellQuote('ubuntu-24.04.qcow2')).toBe('ubuntu-24.04.qcow2');
    expect(shellQuote('hw_disk_bus=virtio')).toBe('hw_disk_bus=virtio');
  });

  it.each([
    'my image',
    "it's",
    '$HOME `id` $(id)',
    'a"b\\c',
    '',
    'semi;colon & pipe | star * ~tilde',
    'multi\nline',
    'émoji 🚀',
  ])('round-trips %j through /bin/sh', (value) => {
    expect(shellEcho(shellQuote(value))).toBe(value);
  });
});

describe('cli', () => {
  const id = '0b5c5e44-1c1f-4a8e-9d63-2f1a3c0e9a11';
  it('re-creates a saved image elsewhere, quoting its name', () => {
    expect(cli.createElsewhere({ id, name: 'my image', disk_format: 'qcow2', container_format: 'bare' }, 'my image.qcow2')).toEqual([
      "openstack --os-cloud OTHER_CLOUD image create --disk-format qcow2 --container-format bare --file 'my image.qcow2' 'my image'",
    ]);
    expect(cli.createElsewhere({ id, name: null }, 'x.img')).toEqual([`openstack --os-cloud OTHER_CLOUD image create --disk-format raw --container-format bare --file x.img ${id}`]);
  });

  it('keeps every property, tag, minimum disk and RAM and os_* field, but nothing Glance sets itself', () => {
    const image = {
      id, name: 'deb', disk_format: 'raw', container_format: 'bare', min_disk: 2, min_ram: 512, tags: ['golden', "it's"],
      os_distro: 'debian', os_version: '12', hw_disk_bus: 'scsi', description: 'a b', os_hidden: true, protected: false,
      status: 'active', size: 5, checksum: 'c', os_hash_algo: 'sha512', os_hash_value: 'h', stores: 'local,archive',
      os_glance_failed_import: '', os_glance_importing_to_stores: '', owner: 'p', visibility: 'private', created_at: 'x', updated_at: 'y',
    };
    expect(cli.createElsewhere(image, 'deb.raw')).toEqual([
      'openstack --os-cloud OTHER_CLOUD image create --disk-format raw --container-format bare --min-disk 2 --min-ram 512 ' +
        "--property 'description=a b' --property hw_disk_bus=scsi --property os_distro=debian --property os_version=12 " +
        "--tag golden --tag 'it'\\''s' --file deb.raw deb",
      'openstack --os-cloud OTHER_CLOUD image set --hidden deb',
    ]);
  });

  it('builds the commands the seeds teach', () => {
    expect(cli.visibility(id, 'community')).toBe(`openstack image set --community ${id}`);
    expect(cli.save(id, "Bob's disk.qcow2")).toBe(`openstack image save --file 'Bob'\\''s disk.qcow2' ${id}`);
    expect(cli.delete([id, 'x'])).toBe(`openstack image delete ${id} x`);
    expect(cli.deactivate(id)).toBe(`openstack image set --deactivate ${id}`);
    expect(cli.reactivate(id)).toBe(`openstack image set --activate ${id}`);
    expect(cli.protect(id, false)).toBe(`openstack image set --unprotected ${id}`);
  });
});

describe('sharing commands', () => {
  const id = '0b5c5e44-1c1f-4a8e-9d63-2f1a3c0e9a11';
  it('builds the OSC commands the sharing page shows', () => {
    expect(cli.makeShared(id)).toBe(`openstack image set --shared ${id}`);
    expect(cli.addProject(id, 'fda2b8c0d6d74c6f8a0f7c2a4a0e9f11')).toBe(`openstack image add project ${id} fda2b8c0d6d74c6f8a0f7c2a4a0e9f11`);
    expect(cli.listMembers(id)).toBe(`openstack image member list ${id}`);
    expect(cli.accept(id)).toBe(`openstack image set --accept ${id}`);
    expect(cli.reject(id)).toBe(`openstack image set --reject ${id}`);
    expect(cli.pending(id)).toBe(`openstack image set --pending ${id}`);
  });

  it('quotes a hostile member ID (Glance accepts any string) into one harmless word', () => {
    const member = 'x;touch${IFS}pwned;#';
    const line = cli.removeProject(id, member);
    expect(line).toBe(`openstack image remove project ${id} 'x;touch\${IFS}pwned;#'`);
    // what a shell really runs when the line is pasted: `openstack` with exactly these arguments
    const dir = mkdtempSync(join(tmpdir(), 'iris-cli-'));
    try {
      const args = execFileSync('/bin/sh', ['-c', `openstack() { printf '%s\\n' "$@"; }; ${line}`], { encoding: 'utf8', cwd: dir });
      expect(args.split('\n').filter(Boolean)).toEqual(['image', 'remove', 'project', id, member]);
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('patchToCli', () => {
  it('maps a patch to set and unset commands', () => {
    const commands = patchToCli(
      'ID',
      [
        { op: 'replace', path: '/name', value: 'New name' },
        { op: 'replace', path: '/min_disk', value: 20 },
        { op: 'add', path: '/os_distro', value: 'ubuntu' },
        { op: 'add', path: '/hw_qemu_guest_agent', value: 'yes' },
        { op: 'remove', path: '/a~1b' },
        { op: 'replace', path: '/protected', value: true },
        { op: 'replace', path: '/tags', value: ['keep', 'new'] },
      ],
      ['keep', 'old'],
    );
    expect(commands).toEqual([
      "openstack image set --name 'New name' --min-disk 20 --os-distro ubuntu --property hw_qemu_guest_agent=yes --protected --tag new ID",
      'openstack image unset --property a/b --tag old ID',
    ]);
  });

  it('quotes property values with spaces or quotes as one word', () => {
    const [line] = patchToCli('ID', [{ op: 'add', path: '/description', value: "Bob's $image" }]);
    expect(line).toBe(`openstack image set --property 'description=Bob'\\''s $image' ID`);
  });

  it('returns no command for an empty patch', () => {
    expect(patchToCli('ID', [])).toEqual([]);
  });
});
