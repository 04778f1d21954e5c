import type { Visibility } from '@/lib/glance/constants';
import type { JsonPatchOperation } from '@/lib/glance/json-patch';
import { CORE_IMAGE_KEYS, RESERVED_PREFIX } from '@/lib/glance/constants';

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One word for a POSIX shell: bare when safe, else single-quoted with `'` spelled `'\''`. */
export function shellQuote(value: string): string {
  if (SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Join words into a command line, quoting each argument that needs it. */
export function command(...words: string[]): string {
  return words.map(shellQuote).join(' ');
}

const VISIBILITY_FLAG: Record<Visibility, string> = {
  private: '--private',
  shared: '--shared',
  community: '--community',
  public: '--public',
};

/**
 * Every CLI line Iris shows, each value quoted by `command()`: one builder, so a hostile name or
 * member ID cannot become shell syntax in a command a colleague copies.
 */
export const cli = {
  show: (id: string) => command('openstack', 'image', 'show', id),
  save: (id: string, file: string) => command('openstack', 'image', 'save', '--file', file, id),
  /** Re-create a saved image in another cloud (the download card's second step): see recreateCommands. */
  createElsewhere: (image: RecreatedImage, file: string) => recreateCommands(image, file),
  delete: (ids: readonly string[]) => command('openstack', 'image', 'delete', ...ids),
  visibility: (id: string, visibility: Visibility) => command('openstack', 'image', 'set', VISIBILITY_FLAG[visibility], id),
  deactivate: (id: string) => command('openstack', 'image', 'set', '--deactivate', id),
  reactivate: (id: string) => command('openstack', 'image', 'set', '--activate', id),
  hide: (id: string, on: boolean) => command('openstack', 'image', 'set', on ? '--hidden' : '--unhidden', id),
  protect: (id: string, on: boolean) => command('openstack', 'image', 'set', on ? '--protected' : '--unprotected', id),
  rename: (id: string, name: string) => command('openstack', 'image', 'set', '--name', name, id),
  // python-openstackclient has no per-image task listing; the glance client does
  tasks: (id: string) => command('glance', 'image-tasks', id),
  // Sharing (OSC 6). Membership answers act for the project the CLI is scoped to: passing
  // `--project` to `image set` would also try to change the image's owner.
  makeShared: (id: string) => command('openstack', 'image', 'set', '--shared', id),
  addProject: (id: string, projectId: string) => command('openstack', 'image', 'add', 'project', id, projectId),
  removeProject: (id: string, projectId: string) => command('openstack', 'image', 'remove', 'project', id, projectId),
  listMembers: (id: string) => command('openstack', 'image', 'member', 'list', id),
  accept: (id: string) => command('openstack', 'image', 'set', '--accept', id),
  reject: (id: string) => command('openstack', 'image', 'set', '--reject', id),
  pending: (id: string) => command('openstack', 'image', 'set', '--pending', id),
  /** A project's ID, as its members can read it without admin rights. */
  projectId: (project: string) => command('openstack', 'project', 'show', project, '-f', 'value', '-c', 'id'),
  /** The ID of the project the CLI is scoped to: what a consumer gives an image owner. */
  ownProjectId: () => command('openstack', 'token', 'issue', '-c', 'project_id', '-f', 'value'),
  serversUsing: (id: string) => command('openstack', 'server', 'list', '--all-projects', '--image', id),
};

// `openstack image set` has dedicated options for these; everything else is --property.
const SET_OPTION: Record<string, string> = {
  name: '--name',
  min_disk: '--min-disk',
  min_ram: '--min-ram',
  architecture: '--architecture',
  os_distro: '--os-distro',
  os_version: '--os-version',
};

function unpointer(path: string): string {
  return path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The `openstack image set` / `unset` commands doing what a JSON patch does, so users who
 * automate can copy them. `currentTags` turns a `/tags` replace into --tag / unset --tag.
 */
export function patchToCli(id: string, ops: readonly JsonPatchOperation[], currentTags: readonly string[] = []): string[] {
  const set: string[] = [];
  const unset: string[] = [];
  for (const op of ops) {
    const key = unpointer(op.path);
    if (op.op === 'remove') {
      unset.push('--property', key);
    } else if (key === 'tags' && Array.isArray(op.value)) {
      const next = op.value as string[];
      for (const tag of next.filter((t) => !currentTags.includes(t))) set.push('--tag', tag);
      for (const tag of currentTags.filter((t) => !next.includes(t))) unset.push('--tag', tag);
    } else if (key === 'protected') {
      set.push(op.value ? '--protected' : '--unprotected');
    } else if (key === 'visibility') {
      set.push(VISIBILITY_FLAG[op.value as Visibility] ?? `--${String(op.value)}`);
    } else if (SET_OPTION[key]) {
      set.push(SET_OPTION[key], String(op.value));
    } else {
      set.push('--property', `${key}=${String(op.value)}`);
    }
  }
  const commands: string[] = [];
  if (set.length) commands.push(command('openstack', 'image', 'set', ...set, id));
  if (unset.length) commands.push(command('openstack', 'image', 'unset', ...unset, id));
  return commands;
}

export type RecreatedImage = {
  id: string;
  name: string | null;
  disk_format?: string | null;
  container_format?: string | null;
  min_disk?: number;
  min_ram?: number;
  tags?: string[];
  os_hidden?: boolean;
} & Record<string, unknown>;

// Set by Glance in the cloud the image came from, never by its creator: the other cloud writes its own.
const NOT_CARRIED = new Set(['stores', 'os_glance_importing_to_stores', 'os_glance_failed_import']);

/**
 * The commands that re-create a downloaded image in another cloud with everything its creator
 * set: formats, minimum disk and RAM, every custom property (hw_*, os_*, description, …) and
 * tag. `os_hidden` is a boolean Glance refuses as a --property string: a second command sets it.
 */
export function recreateCommands(image: RecreatedImage, file: string): string[] {
  const name = image.name || image.id;
  const words = ['--disk-format', image.disk_format ?? 'raw', '--container-format', image.container_format ?? 'bare'];
  if (image.min_disk) words.push('--min-disk', String(image.min_disk));
  if (image.min_ram) words.push('--min-ram', String(image.min_ram));
  for (const [key, value] of Object.entries(image).sort(([a], [b]) => a.localeCompare(b))) {
    if (CORE_IMAGE_KEYS.has(key) || NOT_CARRIED.has(key) || key.startsWith(RESERVED_PREFIX) || typeof value !== 'string') continue;
    words.push('--property', `${key}=${value}`);
  }
  for (const tag of image.tags ?? []) words.push('--tag', tag);
  const commands = [command('openstack', '--os-cloud', 'OTHER_CLOUD', 'image', 'create', ...words, '--file', file, name)];
  if (image.os_hidden) commands.push(command('openstack', '--os-cloud', 'OTHER_CLOUD', 'image', 'set', '--hidden', name));
  return commands;
}
