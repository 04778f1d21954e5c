import { describe, expect, it } from 'vitest';
import { imageCatalog, imageKind, sshCommand } from './catalog';

describe('imageCatalog', () => {
  it('reads a Nova snapshot with its instance', () => {
    const c = imageCatalog({ image_type: 'snapshot', instance_uuid: '3f0b8c9e-5d1a-4c47-9a4e-2f6d7b1c8e05' });
    expect(c).toMatchObject({ kind: 'snapshot', instanceId: '3f0b8c9e-5d1a-4c47-9a4e-2f6d7b1c8e05' });
  });

  it('calls everything else an image, and ignores instance_uuid there', () => {
    expect(imageKind({})).toBe('image');
    expect(imageKind({ image_type: 'image' })).toBe('image');
    expect(imageCatalog({ instance_uuid: 'x' }).instanceId).toBeNull();
  });

  it('words the OS from os_distro and os_version', () => {
    expect(imageCatalog({ os_distro: 'debian', os_version: '12' }).os).toBe('debian 12');
    expect(imageCatalog({ os_distro: 'cirros' }).os).toBe('cirros');
    expect(imageCatalog({ os_version: '22.04' }).os).toBe('22.04');
    expect(imageCatalog({ os_distro: '  ' }).os).toBeNull();
  });

  it('reads the login user from the configured property and refuses what is not a user name', () => {
    expect(imageCatalog({ default_user: 'ubuntu' }).loginUser).toBe('ubuntu');
    expect(imageCatalog({ default_user: 'ubuntu' }, 'login_user').loginUser).toBeNull();
    expect(imageCatalog({ login_user: 'ec2-user' }, 'login_user').loginUser).toBe('ec2-user');
    expect(imageCatalog({ default_user: 'root; rm -rf /' }).loginUser).toBeNull();
    expect(imageCatalog({ default_user: 42 }).loginUser).toBeNull();
  });

  it('says whether the owner hid the image', () => {
    expect(imageCatalog({ os_hidden: true }).hidden).toBe(true);
    expect(imageCatalog({ os_hidden: false }).hidden).toBe(false);
  });

  it('builds the ssh line', () => {
    expect(sshCommand('ubuntu')).toBe('ssh ubuntu@<server-ip>');
  });
});
