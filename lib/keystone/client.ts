import 'server-only';
import { openstackRequest } from '@/lib/openstack/http';
import { catalogEntrySchema, projectListSchema, tokenBodySchema, type CatalogEntry, type Project, type TokenBody } from './schemas';

export interface IssuedToken {
  token: string;
  body: TokenBody['token'];
}

function subjectToken(headers: Record<string, string | string[] | undefined>): string {
  const value = headers['x-subject-token'];
  const token = Array.isArray(value) ? value[0] : value;
  if (!token) throw new Error('Keystone answered without X-Subject-Token');
  return token;
}

/**
 * Every call names the Keystone it goes to (`keystone`, its v3 URL): the one of the cloud the user
 * chose at sign-in, kept in the session (lib/auth/clouds.ts).
 */
async function issueToken(keystone: string, auth: unknown): Promise<IssuedToken> {
  const res = await openstackRequest({
    service: 'keystone',
    baseUrl: keystone,
    path: '/auth/tokens',
    method: 'POST',
    json: { auth },
  });
  return { token: subjectToken(res.headers), body: tokenBodySchema.parse(res.body).token };
}

/** Password authentication (unscoped) with the user's domain name. */
export function authenticatePassword(keystone: string, input: { username: string; password: string; domain: string }) {
  return issueToken(keystone, {
    identity: {
      methods: ['password'],
      password: { user: { name: input.username, domain: { name: input.domain }, password: input.password } },
    },
  });
}

/** Application-credential authentication: by ID, or by name + its user; the token is scoped to the credential's project. */
export function authenticateApplicationCredential(
  keystone: string,
  input: { secret: string } & ({ id: string } | { name: string; username: string; domain: string }),
) {
  const credential =
    'id' in input
      ? { id: input.id, secret: input.secret }
      : { name: input.name, secret: input.secret, user: { name: input.username, domain: { name: input.domain } } };
  return issueToken(keystone, { identity: { methods: ['application_credential'], application_credential: credential } });
}

/** Ask Keystone about a token someone handed Iris (WebSSO): its body when valid; 401/404 otherwise. */
export async function validateToken(keystone: string, token: string): Promise<IssuedToken> {
  const res = await openstackRequest({
    service: 'keystone',
    baseUrl: keystone,
    path: '/auth/tokens',
    token,
    headers: { 'x-subject-token': token },
  });
  return { token, body: tokenBodySchema.parse(res.body).token };
}

/** Exchange any token for one scoped to a project (Keystone's token method). */
export function scopeToProject(keystone: string, token: string, projectId: string) {
  return issueToken(keystone, {
    identity: { methods: ['token'], token: { id: token } },
    scope: { project: { id: projectId } },
  });
}

/** The service catalog of a token (GET /v3/auth/catalog): every region's endpoints. */
export async function getCatalog(keystone: string, token: string): Promise<CatalogEntry[]> {
  const res = await openstackRequest<{ catalog: unknown }>({ service: 'keystone', baseUrl: keystone, path: '/auth/catalog', token });
  return catalogEntrySchema.array().parse(res.body.catalog);
}

/** Projects the token's user may scope to. */
export async function listMyProjects(keystone: string, token: string): Promise<Project[]> {
  const res = await openstackRequest({ service: 'keystone', baseUrl: keystone, path: '/auth/projects', token });
  return projectListSchema
    .parse(res.body)
    .projects.filter((project) => project.enabled !== false)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** All projects (admin only; Keystone answers 403 otherwise). */
export async function listAllProjects(keystone: string, token: string): Promise<Project[]> {
  const res = await openstackRequest({ service: 'keystone', baseUrl: keystone, path: '/projects', token });
  return projectListSchema.parse(res.body).projects;
}

/** A project's record; 403/404 for projects the user may not read. */
export async function getProject(keystone: string, token: string, projectId: string): Promise<Project> {
  const res = await openstackRequest<{ project: unknown }>({
    service: 'keystone',
    baseUrl: keystone,
    path: `/projects/${encodeURIComponent(projectId)}`,
    token,
  });
  return projectListSchema.shape.projects.element.parse(res.body.project);
}

/** Revoke a token (logout, or the old token after switching project). */
export async function revokeToken(keystone: string, token: string): Promise<void> {
  await openstackRequest({
    service: 'keystone',
    baseUrl: keystone,
    path: '/auth/tokens',
    method: 'DELETE',
    token,
    headers: { 'x-subject-token': token },
  });
}

/**
 * Self-service password change (`POST /v3/users/{id}/password`, authenticated by the original
 * password, no token). Keystone then revokes every token of the user: the only way a non-admin
 * can end all of their sessions (docs/security.md, "Sign out everywhere").
 */
export async function changeOwnPassword(keystone: string, userId: string, originalPassword: string, newPassword: string): Promise<void> {
  await openstackRequest({
    service: 'keystone',
    baseUrl: keystone,
    path: `/users/${encodeURIComponent(userId)}/password`,
    method: 'POST',
    json: { user: { original_password: originalPassword, password: newPassword } },
  });
}
