import { describe, expect, it } from 'vitest';
import { resolveProject, type ProjectDirectory, type ProjectSummary } from './resolve-project';

const DEMO = { id: '4da923b57e494a88ad7248fd5920c849', name: 'demo' };
const LAB = { id: '17f315b58457493aa93a60e1016d1f9f', name: 'demo-lab' };
const ALT = { id: '992d6fb917dc4254aa630756c22361f4', name: 'alt' };
const ALT_OTHER_DOMAIN = { id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'alt' };
const MISSING = '0123456789abcdef0123456789abcdef';

/** A project member: sees only their own projects; Keystone answers 403 to everything else. */
function memberDirectory(known: ProjectSummary[] = [DEMO, LAB]): ProjectDirectory & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    known: async () => known,
    byId: async (id) => (calls.push(`id:${id}`), 'forbidden'),
    byName: async (name) => (calls.push(`name:${name}`), 'forbidden'),
  };
}

/** An administrator (or reader with list rights): Keystone answers lookups. */
function adminDirectory(all: ProjectSummary[]): ProjectDirectory {
  return {
    known: async () => [],
    byId: async (id) => all.find((p) => p.id === id) ?? 'not_found',
    byName: async (name) => all.filter((p) => p.name === name),
  };
}

describe('resolveProject as a project member', () => {
  it('resolves own projects by name or ID without asking Keystone', async () => {
    const directory = memberDirectory();
    expect(await resolveProject('demo-lab', directory)).toEqual({ kind: 'resolved', project: LAB });
    expect(await resolveProject(LAB.id.toUpperCase(), directory)).toEqual({ kind: 'resolved', project: LAB });
    expect(directory.calls).toEqual([]);
  });

  it('passes a foreign ID on as unverified, because Keystone will not say whether it exists', async () => {
    const directory = memberDirectory();
    expect(await resolveProject(ALT.id, directory)).toEqual({ kind: 'unverified', id: ALT.id });
    expect(directory.calls).toEqual([`id:${ALT.id}`]);
  });

  it('explains where to find the ID when a foreign name cannot be looked up', async () => {
    const result = await resolveProject('alt', memberDirectory());
    expect(result.kind).toBe('name_unresolvable');
    expect(result).toMatchObject({ message: expect.stringContaining('OS_PROJECT_ID') });
    expect(result).toMatchObject({ message: expect.stringContaining('openstack project show alt -f value -c id') });
  });

  it('falls back to a case-insensitive match among own projects', async () => {
    expect(await resolveProject('Demo-Lab', memberDirectory())).toEqual({ kind: 'resolved', project: LAB });
  });

  it('refuses malformed input before any lookup', async () => {
    const directory = memberDirectory();
    expect((await resolveProject('', directory)).kind).toBe('invalid');
    expect(directory.calls).toEqual([]);
  });
});

describe('resolveProject where Keystone lets the user list projects', () => {
  it('resolves any project by name or ID', async () => {
    const directory = adminDirectory([DEMO, ALT]);
    expect(await resolveProject('alt', directory)).toEqual({ kind: 'resolved', project: ALT });
    expect(await resolveProject(ALT.id, directory)).toEqual({ kind: 'resolved', project: ALT });
  });

  it('reports unknown names and IDs as not found', async () => {
    const directory = adminDirectory([DEMO, ALT]);
    expect(await resolveProject('no-such-project', directory)).toMatchObject({ kind: 'not_found', message: expect.stringContaining('no-such-project') });
    expect(await resolveProject(MISSING, directory)).toMatchObject({ kind: 'not_found', message: expect.stringContaining(MISSING) });
  });

  it('asks for the ID when a name exists in several domains', async () => {
    expect(await resolveProject('alt', adminDirectory([ALT, ALT_OTHER_DOMAIN]))).toMatchObject({ kind: 'ambiguous' });
  });

  it('does not match names case-insensitively in Keystone (names are case-sensitive there)', async () => {
    expect((await resolveProject('ALT', adminDirectory([ALT]))).kind).toBe('not_found');
  });
});
