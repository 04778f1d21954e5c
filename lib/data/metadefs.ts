import 'server-only';
import { cache } from 'react';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { getMetadefNamespace, listMetadefNamespaces, type GlanceContext } from '@/lib/glance/client';
import { IMAGE_RESOURCE_TYPE, type MetadefNamespace } from '@/lib/glance/metadefs-schemas';
import type { FieldErrors } from '@/lib/action-state';
import { catalogForForms, catalogProblems } from '@/lib/images/catalog-values';
import { readCatalogRows, readFreeRows } from '@/lib/images/image-fields';
import { buildCatalog, catalogFields, type CatalogGroup } from '@/lib/images/metadefs';
import type { Session } from '@/lib/session/schema';
import { OpenStackError } from '@/lib/openstack/errors';
import { withGlance } from './glance-context';

/**
 * Every namespace for images with its properties and objects, names prefixed as set on an image
 * (Glance applies the prefix when asked with `resource_type`). One list call, then one call per
 * namespace, in parallel: Glance's list omits properties.
 */
async function readImageCatalog(ctx: GlanceContext): Promise<CatalogGroup[]> {
  const namespaces = await listMetadefNamespaces(ctx, { resource_types: IMAGE_RESOURCE_TYPE });
  const full = await Promise.all(
    namespaces.map((ns) =>
      getMetadefNamespace(ctx, ns.namespace, IMAGE_RESOURCE_TYPE).catch((error: unknown) => {
        // deleted between the two calls: skip it
        if (error instanceof OpenStackError && error.status === 404) return null;
        throw error;
      }),
    ),
  );
  return catalogForForms(buildCatalog(full.filter((ns): ns is MetadefNamespace => ns !== null)));
}

/** How long a catalog read is reused, and how many are kept (docs/configuration.md, "Metadata catalog"). */
export const CATALOG_CACHE = { ttlMs: 60_000, maxEntries: 200 } as const;

// The catalog costs ~20 Glance reads and changes rarely, so each replica keeps it for a minute.
// What Glance shows depends on who asks (a project's private namespaces, an admin's view of every
// project's), so a read is reused only for the same Glance, project and roles: one project's
// private namespace never reaches another. The promise is kept, so concurrent readers share one read.
const catalogCache = new Map<string, { at: number; groups: Promise<CatalogGroup[]> }>();

const cacheKey = (ctx: GlanceContext, session: Session) => JSON.stringify([ctx.endpoint, session.project.id, [...session.roles].sort()]);

/** Forget every cached catalog of this replica (an admin changed a namespace; other replicas wait out the TTL). */
export function forgetImageCatalogs(): void {
  catalogCache.clear();
}

/** The metadata catalog for images as this session sees it, from this replica's cache when fresh. */
export async function imageCatalog(ctx: GlanceContext, session: Session): Promise<CatalogGroup[]> {
  const key = cacheKey(ctx, session);
  const now = Date.now();
  const hit = catalogCache.get(key);
  if (hit && now - hit.at < CATALOG_CACHE.ttlMs) return hit.groups;
  catalogCache.delete(key);
  const groups = readImageCatalog(ctx);
  catalogCache.set(key, { at: now, groups });
  // a failed read is not kept; the oldest entries go first past the bound
  groups.catch(() => catalogCache.get(key)?.groups === groups && catalogCache.delete(key));
  for (const oldest of catalogCache.keys()) {
    if (catalogCache.size <= CATALOG_CACHE.maxEntries) break;
    catalogCache.delete(oldest);
  }
  return groups;
}

/** The catalog, or none on a cloud whose metadefs API refuses this user or is missing (403, 404). */
async function imageCatalogOrNone(ctx: GlanceContext, session: Session): Promise<CatalogGroup[]> {
  try {
    return await imageCatalog(ctx, session);
  } catch (error) {
    if (error instanceof OpenStackError && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
}

/**
 * Create's and Edit's properties checked against the catalog before anything is sent to Glance
 * (which does not check them itself): a key set both in a free row and in the catalog, and each
 * value the catalog refuses, as field errors (rows by place, catalog fields by key), or undefined.
 * Asks Glance (or the cache) only when a property is posted.
 */
export async function catalogRefusals(
  ctx: GlanceContext,
  session: Session,
  formData: FormData,
  unchanged?: (key: string, value: string) => boolean,
): Promise<FieldErrors | undefined> {
  const rows = readFreeRows(formData);
  const catalog = readCatalogRows(formData);
  if (![...rows, ...catalog].some((row) => row.key.trim())) return undefined;
  const fields = catalogFields(await imageCatalogOrNone(ctx, session));
  const problems = catalogProblems(fields, rows, catalog, unchanged);
  return Object.keys(problems).length ? problems : undefined;
}

/** The metadata catalog for this request's session (pages: Create, Edit). */
export const loadImageCatalog = cache(async (): Promise<CatalogGroup[]> => withGlance((ctx, session) => imageCatalogOrNone(ctx, session)));

export interface NamespaceRow {
  namespace: string;
  displayName: string;
  description: string;
  visibility: 'public' | 'private';
  protected: boolean;
  owner: string;
  forImages: boolean;
  resourceTypes: string[];
}

function toRow(ns: MetadefNamespace): NamespaceRow {
  const resourceTypes = (ns.resource_type_associations ?? []).map((association) => association.name);
  return {
    namespace: ns.namespace,
    displayName: ns.display_name ?? '',
    description: ns.description ?? '',
    visibility: ns.visibility ?? 'private',
    protected: ns.protected === true,
    owner: ns.owner ?? '',
    forImages: resourceTypes.includes(IMAGE_RESOURCE_TYPE),
    resourceTypes,
  };
}

/** Admin "Metadata definitions": every namespace this admin can see, by display name. */
export async function listNamespacesForAdmin(): Promise<NamespaceRow[]> {
  await requireAdminPage();
  const namespaces = await withGlance((ctx) => listMetadefNamespaces(ctx));
  return namespaces.map(toRow).sort((a, b) => (a.displayName || a.namespace).localeCompare(b.displayName || b.namespace));
}

export interface NamespaceDetail {
  row: NamespaceRow;
  /** The prefix image properties of this namespace carry, or '' (none, or not for images). */
  imagePrefix: string;
  /** Properties by their stored (unprefixed) names. */
  properties: MetadefNamespace['properties'] & object;
  objects: NonNullable<MetadefNamespace['objects']>;
  /** How the namespace shows in Create and Edit (empty when it is not for images). */
  catalog: CatalogGroup[];
}

/** One namespace for the admin's view, or null when Glance does not have it (or hides it from this admin). */
export async function loadNamespaceForAdmin(name: string): Promise<NamespaceDetail | null> {
  await requireAdminPage();
  return withGlance(async (ctx) => {
    try {
      const ns = await getMetadefNamespace(ctx, name);
      const row = toRow(ns);
      const forImages = row.forImages ? await getMetadefNamespace(ctx, name, IMAGE_RESOURCE_TYPE) : null;
      return {
        row,
        imagePrefix: ns.resource_type_associations?.find((a) => a.name === IMAGE_RESOURCE_TYPE)?.prefix ?? '',
        properties: ns.properties ?? {},
        objects: ns.objects ?? [],
        catalog: forImages ? buildCatalog([forImages]) : [],
      };
    } catch (error) {
      if (error instanceof OpenStackError && error.status === 404) return null;
      throw error;
    }
  });
}
