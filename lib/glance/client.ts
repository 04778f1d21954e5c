import 'server-only';
import { openstackRequest, type OpenStackRequest } from '@/lib/openstack/http';
import {
  imageListSchema,
  imageSchema,
  importInfoSchema,
  memberListSchema,
  memberSchema,
  storesInfoSchema,
  taskListSchema,
  usageInfoSchema,
  type Image,
  type ImageList,
  type Member,
  type StoresInfo,
  type Task,
  type UsageInfo,
} from './schemas';
import type { JsonPatchOperation } from './json-patch';
import {
  metadefNamespaceListSchema,
  metadefNamespaceSchema,
  metadefObjectListSchema,
  metadefPropertyListSchema,
  namedMetadefPropertySchema,
  type MetadefNamespace,
  type MetadefObject,
  type MetadefProperty,
} from './metadefs-schemas';
import type { MemberStatus } from './constants';

export interface GlanceContext {
  endpoint: string;
  token: string;
  /** The Keystone (v3 URL) that issued the token: Glance failures are blamed on it when it is down. */
  keystone: string;
}

export type ImageListQuery = Record<string, string | number | boolean | undefined | string[]>;

function glance<T>(ctx: GlanceContext, req: Omit<OpenStackRequest, 'service' | 'baseUrl' | 'token'>) {
  return openstackRequest<T>({ service: 'glance', baseUrl: ctx.endpoint, token: ctx.token, keystone: ctx.keystone, ...req });
}

const img = (id: string) => `/v2/images/${encodeURIComponent(id)}`;

/** GET /v2/images with Glance's own filter, sort and marker parameters (a big answer: on a fresh connection). */
export async function listImages(ctx: GlanceContext, query: ImageListQuery): Promise<ImageList> {
  const res = await glance(ctx, { path: '/v2/images', query, freshConnection: true });
  return imageListSchema.parse(res.body);
}

/** GET /v2/images/{id}. */
export async function getImage(ctx: GlanceContext, id: string): Promise<Image> {
  return imageSchema.parse((await glance(ctx, { path: img(id) })).body);
}

/** POST /v2/images: creates the record (status queued). */
export async function createImage(ctx: GlanceContext, body: Record<string, unknown>): Promise<Image> {
  return imageSchema.parse((await glance(ctx, { path: '/v2/images', method: 'POST', json: body })).body);
}

/** PATCH with the JSON-patch media type Glance requires (415 otherwise). */
export async function updateImage(ctx: GlanceContext, id: string, ops: JsonPatchOperation[]): Promise<Image> {
  const res = await glance(ctx, {
    path: img(id),
    method: 'PATCH',
    json: ops,
    contentType: 'application/openstack-images-v2.1-json-patch',
  });
  return imageSchema.parse(res.body);
}

/** DELETE /v2/images/{id}; 403 when protected. */
export async function deleteImage(ctx: GlanceContext, id: string): Promise<void> {
  await glance(ctx, { path: img(id), method: 'DELETE' });
}

export async function deactivateImage(ctx: GlanceContext, id: string): Promise<void> {
  await glance(ctx, { path: `${img(id)}/actions/deactivate`, method: 'POST' });
}

export async function reactivateImage(ctx: GlanceContext, id: string): Promise<void> {
  await glance(ctx, { path: `${img(id)}/actions/reactivate`, method: 'POST' });
}

/** Where an import writes, on a multi-store cloud: `stores` (else the default store), all or any. */
export interface ImportTargets {
  stores?: string[];
  all_stores_must_succeed?: boolean;
}

/** POST /v2/images/{id}/import (interoperable import: web-download, glance-direct, copy-image, glance-download). */
export async function importImage(ctx: GlanceContext, id: string, method: Record<string, unknown>, targets: ImportTargets = {}): Promise<void> {
  await glance(ctx, { path: `${img(id)}/import`, method: 'POST', json: { method, ...targets } });
}

/** DELETE /v2/stores/{store}/{id}: removes one store's copy of the data (admin by default; 403 for the last copy). */
export async function deleteImageFromStore(ctx: GlanceContext, store: string, id: string): Promise<void> {
  await glance(ctx, { path: `/v2/stores/${encodeURIComponent(store)}/${encodeURIComponent(id)}`, method: 'DELETE' });
}

/** The stores of a multi-store cloud (GET /v2/info/stores); 404 where Glance has a single store. */
export async function getStores(ctx: GlanceContext): Promise<StoresInfo['stores']> {
  return storesInfoSchema.parse((await glance(ctx, { path: '/v2/info/stores' })).body).stores;
}

/** Import methods this cloud enables (GET /v2/info/import). */
export async function getImportMethods(ctx: GlanceContext): Promise<string[]> {
  return importInfoSchema.parse((await glance(ctx, { path: '/v2/info/import' })).body)['import-methods'].value;
}

/** The project's quota usage (GET /v2/info/usage; Glance 2.16+ with unified limits). Slow on some clouds: cache it (lib/data/usage.ts). */
export async function getUsage(ctx: GlanceContext): Promise<UsageInfo> {
  return usageInfoSchema.parse((await glance(ctx, { path: '/v2/info/usage' })).body).usage;
}

/** GET /v2/schemas/image: the property enums and limits this Glance enforces. */
export async function getImageSchema(ctx: GlanceContext): Promise<Record<string, unknown>> {
  return (await glance<Record<string, unknown>>(ctx, { path: '/v2/schemas/image' })).body;
}

/** Import tasks of one image (GET /v2/images/{id}/tasks). */
export async function listImageTasks(ctx: GlanceContext, id: string): Promise<Task[]> {
  return taskListSchema.parse((await glance(ctx, { path: `${img(id)}/tasks` })).body).tasks;
}

export async function listMembers(ctx: GlanceContext, id: string): Promise<Member[]> {
  return memberListSchema.parse((await glance(ctx, { path: `${img(id)}/members` })).body).members;
}

export async function getMember(ctx: GlanceContext, id: string, memberId: string): Promise<Member> {
  const res = await glance(ctx, { path: `${img(id)}/members/${encodeURIComponent(memberId)}` });
  return memberSchema.parse(res.body);
}

/** Owner adds a project; Glance answers 403 unless the image is shared, 409 for duplicates. */
export async function addMember(ctx: GlanceContext, id: string, memberId: string): Promise<Member> {
  const res = await glance(ctx, { path: `${img(id)}/members`, method: 'POST', json: { member: memberId } });
  return memberSchema.parse(res.body);
}

export async function removeMember(ctx: GlanceContext, id: string, memberId: string): Promise<void> {
  await glance(ctx, { path: `${img(id)}/members/${encodeURIComponent(memberId)}`, method: 'DELETE' });
}

/** The consumer (member project) accepts, rejects or resets an invitation. */
export async function updateMemberStatus(
  ctx: GlanceContext,
  id: string,
  memberId: string,
  status: MemberStatus,
): Promise<Member> {
  const res = await glance(ctx, {
    path: `${img(id)}/members/${encodeURIComponent(memberId)}`,
    method: 'PUT',
    json: { status },
  });
  return memberSchema.parse(res.body);
}

// Metadata definitions (/v2/metadefs): namespaces of typed properties, and the objects grouping them.
const ns = (namespace: string) => `/v2/metadefs/namespaces/${encodeURIComponent(namespace)}`;

/** Walks Glance's `next` links: a catalog has dozens of namespaces, never thousands. */
const METADEF_MAX_PAGES = 20;

/** GET /v2/metadefs/namespaces, every page; `resource_types` narrows to namespaces for e.g. images. */
export async function listMetadefNamespaces(ctx: GlanceContext, query: { resource_types?: string; visibility?: string } = {}): Promise<MetadefNamespace[]> {
  const namespaces: MetadefNamespace[] = [];
  let marker: string | undefined;
  for (let page = 0; page < METADEF_MAX_PAGES; page += 1) {
    const res = await glance(ctx, { path: '/v2/metadefs/namespaces', query: { ...query, limit: 100, marker } });
    const list = metadefNamespaceListSchema.parse(res.body);
    namespaces.push(...list.namespaces);
    marker = list.next ? (new URL(list.next, 'http://glance').searchParams.get('marker') ?? undefined) : undefined;
    if (!marker) break;
  }
  return namespaces;
}

/** GET one namespace with its properties and objects; with `resource_type`, property names carry that type's prefix. */
export async function getMetadefNamespace(ctx: GlanceContext, namespace: string, resourceType?: string): Promise<MetadefNamespace> {
  const res = await glance(ctx, { path: ns(namespace), query: { resource_type: resourceType } });
  return metadefNamespaceSchema.parse(res.body);
}

/** POST /v2/metadefs/namespaces (admin by Glance's default policy). */
export async function createMetadefNamespace(ctx: GlanceContext, body: Record<string, unknown>): Promise<MetadefNamespace> {
  return metadefNamespaceSchema.parse((await glance(ctx, { path: '/v2/metadefs/namespaces', method: 'POST', json: body })).body);
}

/** PUT replaces the namespace's own fields (a field left out is cleared); properties and associations stay. */
export async function updateMetadefNamespace(ctx: GlanceContext, namespace: string, body: Record<string, unknown>): Promise<MetadefNamespace> {
  return metadefNamespaceSchema.parse((await glance(ctx, { path: ns(namespace), method: 'PUT', json: body })).body);
}

/** DELETE a namespace with everything in it; 403 while it is protected. */
export async function deleteMetadefNamespace(ctx: GlanceContext, namespace: string): Promise<void> {
  await glance(ctx, { path: ns(namespace), method: 'DELETE' });
}

/** The namespace's properties, by their unprefixed names. */
export async function listMetadefProperties(ctx: GlanceContext, namespace: string): Promise<Record<string, MetadefProperty>> {
  return metadefPropertyListSchema.parse((await glance(ctx, { path: `${ns(namespace)}/properties` })).body).properties;
}

export async function createMetadefProperty(ctx: GlanceContext, namespace: string, body: Record<string, unknown> & { name: string }): Promise<MetadefProperty> {
  return namedMetadefPropertySchema.parse((await glance(ctx, { path: `${ns(namespace)}/properties`, method: 'POST', json: body })).body);
}

/** PUT replaces the property; `body.name` may rename it. */
export async function updateMetadefProperty(ctx: GlanceContext, namespace: string, name: string, body: Record<string, unknown> & { name: string }): Promise<MetadefProperty> {
  const res = await glance(ctx, { path: `${ns(namespace)}/properties/${encodeURIComponent(name)}`, method: 'PUT', json: body });
  return namedMetadefPropertySchema.parse(res.body);
}

export async function deleteMetadefProperty(ctx: GlanceContext, namespace: string, name: string): Promise<void> {
  await glance(ctx, { path: `${ns(namespace)}/properties/${encodeURIComponent(name)}`, method: 'DELETE' });
}

/** The namespace's objects (named groups of properties, e.g. one database product). */
export async function listMetadefObjects(ctx: GlanceContext, namespace: string): Promise<MetadefObject[]> {
  return metadefObjectListSchema.parse((await glance(ctx, { path: `${ns(namespace)}/objects` })).body).objects;
}
