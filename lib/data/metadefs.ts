import 'server-only';
import { cache } from 'react';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { getMetadefNamespace, listMetadefNamespaces, type GlanceContext } from '@/lib/glance/client';
import { IMAGE_RESOURCE_TYPE, type MetadefNamespace } from '@/lib/glance/metadefs-schemas';
import type { FieldErrors } from '@/lib/action-state';
import { buildCatalog, catalogFields, catalogRowProblems, type CatalogGroup } from '@/lib/images/metadefs';
import { OpenStackError } from '@/lib/openstack/errors';
import { withGlance } from './glance-context';

/**
 * Every namespace for images with its properties and objects, names prefixed as set on an image
 * (Glance applies the prefix when asked with `resource_type`). One list call, then one call per
 * namespace, in parallel: Glance's list omits properties.
 */
export async function imageCatalog(ctx: GlanceContext): Promise<CatalogGroup[]> {
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
  return buildCatalog(full.filter((ns): ns is MetadefNamespace => ns !== null));
}

/**
 * Create's and Edit's property rows checked against the catalog before anything is sent to
 * Glance (which does not check them itself): field errors by row, or undefined. Asks Glance only
 * when a row has a key; a cloud whose metadefs API refuses or lacks it (403, 404) is not checked.
 */
export async function catalogRefusals(
  ctx: GlanceContext,
  rows: { key: string; value: string }[],
  unchanged?: (key: string, value: string) => boolean,
): Promise<FieldErrors | undefined> {
  if (!rows.some((row) => row.key.trim())) return undefined;
  let groups: CatalogGroup[];
  try {
    groups = await imageCatalog(ctx);
  } catch (error) {
    if (error instanceof OpenStackError && (error.status === 403 || error.status === 404)) return undefined;
    throw error;
  }
  const problems = catalogRowProblems(catalogFields(groups), rows, unchanged);
  return Object.keys(problems).length ? problems : undefined;
}

/** The metadata catalog for this request's session (pages: Create, Edit). */
export const loadImageCatalog = cache(async (): Promise<CatalogGroup[]> => withGlance((ctx) => imageCatalog(ctx)));

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
