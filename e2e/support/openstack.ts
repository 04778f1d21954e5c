import { mapLimited } from '../../lib/map-limited';
import { stack, users, type UserName } from './env';

/** Glance calls a test helper keeps in flight at once. */
const IN_FLIGHT = 10;

/**
 * Direct Keystone + Glance calls for tests: arrange data and verify what the UI did,
 * through the real APIs rather than through Iris.
 */
export async function tokenFor(user: UserName, projectName: string = users[user].project): Promise<string> {
  const { username, password } = users[user];
  return passwordToken(username, password, projectName);
}

/** A project-scoped token for any user of domain Default (what the CLI would hold). */
export async function passwordToken(username: string, password: string, projectName: string): Promise<string> {
  const res = await fetch(`${stack.keystoneUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: username, domain: { id: 'default' }, password } } },
        scope: { project: { name: projectName, domain: { id: 'default' } } },
      },
    }),
  });
  if (res.status !== 201) throw new Error(`token for ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('x-subject-token')!;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  project: string;
}

async function keystoneAdmin<T = undefined>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.keystoneUrl}${path}`, {
    method,
    headers: { 'x-auth-token': await tokenFor('admin'), 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`keystone ${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/**
 * A Keystone user of its own, member of `project`: for tests that revoke every token of a user
 * or lock an account, which would break the seeded users other tests share.
 */
export async function createTestUser(prefix: string, project = 'alt'): Promise<TestUser> {
  const username = uniqueName(prefix);
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const { user } = await keystoneAdmin<{ user: { id: string } }>('POST', '/users', { user: { name: username, password, domain_id: 'default', enabled: true } });
  const { projects } = await keystoneAdmin<{ projects: { id: string }[] }>('GET', `/projects?name=${encodeURIComponent(project)}`);
  const { roles } = await keystoneAdmin<{ roles: { id: string }[] }>('GET', '/roles?name=member');
  await keystoneAdmin('PUT', `/projects/${projects[0]!.id}/users/${user.id}/roles/${roles[0]!.id}`);
  return { id: user.id, username, password, project };
}

export async function deleteTestUser(user: TestUser | undefined): Promise<void> {
  if (user) await keystoneAdmin('DELETE', `/users/${user.id}`).catch(() => undefined);
}

export interface TestProject {
  id: string;
  name: string;
}

/**
 * A Keystone project of its own (add a user with `createTestUser(prefix, project.name)`): for
 * tests whose images would change what other specs count on the seeded projects' lists.
 */
export async function createTestProject(prefix: string): Promise<TestProject> {
  const name = uniqueName(prefix);
  const { project } = await keystoneAdmin<{ project: { id: string } }>('POST', '/projects', { project: { name, domain_id: 'default', enabled: true } });
  return { id: project.id, name };
}

/** Delete its images first: Glance keeps the images of a deleted project. */
export async function deleteTestProject(project: TestProject | undefined): Promise<void> {
  if (project) await keystoneAdmin('DELETE', `/projects/${project.id}`).catch(() => undefined);
}

export async function tokenIsValid(token: string): Promise<boolean> {
  const admin = await tokenFor('admin');
  const res = await fetch(`${stack.keystoneUrl}/auth/tokens`, { headers: { 'x-auth-token': admin, 'x-subject-token': token } });
  return res.status === 200;
}

export async function revoke(token: string): Promise<void> {
  await fetch(`${stack.keystoneUrl}/auth/tokens`, { method: 'DELETE', headers: { 'x-auth-token': token, 'x-subject-token': token } });
}

export interface GlanceImage {
  id: string;
  name: string;
  status: string;
  visibility: string;
  owner: string;
  protected: boolean;
  [key: string]: unknown;
}

export class Glance {
  constructor(private readonly token: string) {}

  static async as(user: UserName, projectName?: string) {
    return new Glance(await tokenFor(user, projectName));
  }

  async request(method: string, path: string, body?: unknown, contentType = 'application/json') {
    const res = await fetch(`${stack.glanceUrl}${path}`, {
      method,
      headers: {
        'x-auth-token': this.token,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': contentType } : {}),
      },
      body: body === undefined ? undefined : body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? safeJson(text) : undefined };
  }

  async createImage(fields: Record<string, unknown>): Promise<GlanceImage> {
    const res = await this.request('POST', '/v2/images', { disk_format: 'raw', container_format: 'bare', visibility: 'private', ...fields });
    if (res.status !== 201) throw new Error(`create image: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as GlanceImage;
  }

  async upload(id: string, bytes: Uint8Array): Promise<void> {
    const res = await this.request('PUT', `/v2/images/${id}/file`, bytes, 'application/octet-stream');
    if (res.status !== 204) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** `count` image records (no data) named `<name>-<n>`, a few creations in flight (Glance takes them one at a time). */
  async createRecords(count: number, fields: Record<string, unknown> & { name: string }): Promise<GlanceImage[]> {
    return mapLimited(Array.from({ length: count }, (_, n) => n), IN_FLIGHT, (n) => this.createImage({ ...fields, name: `${fields.name}-${n}` }));
  }

  async getImage(id: string): Promise<GlanceImage | undefined> {
    const res = await this.request('GET', `/v2/images/${id}`);
    return res.status === 200 ? (res.body as GlanceImage) : undefined;
  }

  async findByName(name: string): Promise<GlanceImage[]> {
    const res = await this.request('GET', `/v2/images?name=${encodeURIComponent(name)}&visibility=all`);
    return (res.body as { images: GlanceImage[] }).images;
  }

  async deleteImage(id: string): Promise<void> {
    const image = await this.getImage(id);
    if (!image) return;
    if (image.protected) await this.request('PATCH', `/v2/images/${id}`, [{ op: 'replace', path: '/protected', value: false }], 'application/openstack-images-v2.1-json-patch');
    await this.request('DELETE', `/v2/images/${id}`);
  }

  async deleteImages(ids: string[]): Promise<void> {
    await mapLimited(ids, IN_FLIGHT, (id) => this.deleteImage(id));
  }

  async addMember(id: string, projectId: string) {
    return this.request('POST', `/v2/images/${id}/members`, { member: projectId });
  }

  async setMemberStatus(id: string, projectId: string, status: string) {
    return this.request('PUT', `/v2/images/${id}/members/${projectId}`, { status });
  }

  async listMembers(id: string): Promise<{ member_id: string; status: string }[]> {
    const res = await this.request('GET', `/v2/images/${id}/members`);
    return (res.body as { members: { member_id: string; status: string }[] }).members ?? [];
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A name no other test (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  return `e2e-${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
