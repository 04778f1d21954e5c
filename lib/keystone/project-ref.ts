import { cli } from '@/lib/images/cli';
/**
 * What a person typed to name a project: a Keystone project ID or a project name.
 * Pure, so the sharing form can use it in the browser too.
 */

export type ProjectRef =
  | { kind: 'id'; id: string }
  | { kind: 'name'; name: string }
  | { kind: 'invalid'; message: string };

// Keystone's SQL resource backend makes project IDs as uuid4().hex: 32 lowercase hex digits.
const HEX_ID = /^[0-9a-f]{32}$/;
const DASHED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Keystone limits project names to 64 characters.
const MAX_NAME = 64;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** "992D6FB9-17DC-…" and "992d6fb917dc…" are the same Keystone ID. */
export function normalizeProjectId(input: string): string | null {
  const value = input.trim().toLowerCase();
  if (HEX_ID.test(value)) return value;
  if (DASHED_UUID.test(value)) return value.replaceAll('-', '');
  return null;
}

export function isProjectId(input: string): boolean {
  return normalizeProjectId(input) !== null;
}

export function parseProjectRef(input: string): ProjectRef {
  const value = input.trim();
  if (!value) return { kind: 'invalid', message: 'Enter a project name or ID.' };
  const id = normalizeProjectId(value);
  if (id) return { kind: 'id', id };
  if (CONTROL.test(value)) return { kind: 'invalid', message: 'A project name cannot contain control characters.' };
  if (value.length > MAX_NAME) {
    return { kind: 'invalid', message: `That is neither a project ID (32 hexadecimal characters) nor a project name (at most ${MAX_NAME} characters).` };
  }
  return { kind: 'name', name: value };
}

/** The command a project's members run to read its ID (works for their own project without admin rights). */
export function projectIdCommand(name?: string): string {
  return cli.projectId(name && !isProjectId(name) ? name : '<project>');
}

/** Where the members of a project find its ID; shown wherever Iris cannot resolve a name. */
export function projectIdHint(name?: string): string {
  return `Ask the project's members for its ID: it is OS_PROJECT_ID in their openrc file, or they can run: ${projectIdCommand(name)}`;
}
