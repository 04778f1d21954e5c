import { parseProjectRef, projectIdHint } from './project-ref';

export interface ProjectSummary {
  id: string;
  name: string;
}

/**
 * What Iris can learn about projects with the user's token. Keystone's default policy lets a
 * project member read only their own projects; listing or reading others answers 403.
 */
export interface ProjectDirectory {
  /** Projects whose names this user may know (own projects, configured labels; all for admins). */
  known(): Promise<ProjectSummary[]>;
  /** GET /v3/projects/{id}: the project, 'not_found', or 'forbidden' when the user may not look. */
  byId(id: string): Promise<ProjectSummary | 'not_found' | 'forbidden'>;
  /** GET /v3/projects?name=: the matches, or 'forbidden' when the user may not list projects. */
  byName(name: string): Promise<ProjectSummary[] | 'forbidden'>;
}

export type ProjectResolution =
  /** Keystone (or the user's own project list) confirms this project. */
  | { kind: 'resolved'; project: ProjectSummary }
  /** A well-formed ID Iris may not look up: Glance will accept it, existing or not. */
  | { kind: 'unverified'; id: string }
  | { kind: 'invalid' | 'not_found' | 'ambiguous' | 'name_unresolvable'; message: string };

function pick(matches: ProjectSummary[], name: string): ProjectResolution | null {
  if (matches.length === 1) return { kind: 'resolved', project: matches[0]! };
  if (matches.length > 1) {
    return { kind: 'ambiguous', message: `Several projects are named “${name}” (in different domains). Enter the ID of the one you mean.` };
  }
  return null;
}

async function resolveId(id: string, known: ProjectSummary[], directory: ProjectDirectory): Promise<ProjectResolution> {
  const mine = known.find((project) => project.id === id);
  if (mine) return { kind: 'resolved', project: mine };
  const found = await directory.byId(id);
  if (found === 'forbidden') return { kind: 'unverified', id };
  if (found === 'not_found') return { kind: 'not_found', message: `No project has the ID ${id}. Check it and try again.` };
  return { kind: 'resolved', project: found };
}

async function resolveName(name: string, known: ProjectSummary[], directory: ProjectDirectory): Promise<ProjectResolution> {
  const exact = pick(known.filter((project) => project.name === name), name);
  if (exact) return exact;
  const found = await directory.byName(name);
  if (found === 'forbidden') {
    const loose = pick(known.filter((project) => project.name.toLowerCase() === name.toLowerCase()), name);
    if (loose) return loose;
    return {
      kind: 'name_unresolvable',
      message: `Iris cannot look up “${name}” by name: your account may only see its own projects in Keystone. Enter the project's ID instead. ${projectIdHint(name)}`,
    };
  }
  return pick(found.filter((project) => project.name === name), name) ?? {
    kind: 'not_found',
    message: `Keystone shows you no project named “${name}” (names are case-sensitive). Check the name, or enter the project's ID.`,
  };
}

/**
 * Turn what a person typed into a project Glance can add as a member. Names resolve only
 * where Keystone lets this user see them; IDs Iris may not check are passed on as unverified,
 * because Glance itself accepts any string as a member.
 */
export async function resolveProject(input: string, directory: ProjectDirectory): Promise<ProjectResolution> {
  const ref = parseProjectRef(input);
  if (ref.kind === 'invalid') return ref;
  const known = await directory.known();
  return ref.kind === 'id' ? resolveId(ref.id, known, directory) : resolveName(ref.name, known, directory);
}
