import { z } from 'zod';
import { IMAGE_STATUSES, VISIBILITIES } from '@/lib/glance/constants';
import { firstValues, ignoredParams, type IgnoredParam, type RawSearchParams } from '@/lib/search-params';
import { listInWords } from '@/lib/words';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** Size bands instead of free numbers: Glance filters bytes, people think in MiB/GiB. */
export const SIZE_BANDS = {
  any: { label: 'Any size' },
  small: { label: 'Under 100 MiB', max: 100 * MiB - 1 },
  medium: { label: '100 MiB – 1 GiB', min: 100 * MiB, max: GiB - 1 },
  large: { label: '1 – 10 GiB', min: GiB, max: 10 * GiB - 1 },
  huge: { label: '10 GiB and more', min: 10 * GiB },
} as const satisfies Record<string, { label: string; min?: number; max?: number }>;
export type SizeBand = keyof typeof SIZE_BANDS;

export const ADMIN_SORTS = {
  newest: { label: 'Newest first', glance: 'created_at:desc' },
  name: { label: 'Name (A–Z)', glance: 'name:asc' },
  largest: { label: 'Largest first', glance: 'size:desc' },
} as const;
export type AdminSort = keyof typeof ADMIN_SORTS;

export const HIDDEN_MODES = {
  listed: 'Listed (default)',
  hidden: 'Hidden (retired) only',
} as const;

const projectId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The Admin view's URL state; anything unknown falls back to the default. */
export const adminFiltersSchema = z.object({
  owner: projectId.optional().catch(undefined),
  visibility: z.enum(['all', ...VISIBILITIES]).catch('all'),
  status: z.enum(['any', ...IMAGE_STATUSES]).catch('any'),
  size: z.enum(Object.keys(SIZE_BANDS) as [SizeBand, ...SizeBand[]]).catch('any'),
  hidden: z.enum(['listed', 'hidden']).catch('listed'),
  name: z.string().trim().max(255).optional().catch(undefined),
  sort: z.enum(Object.keys(ADMIN_SORTS) as [AdminSort, ...AdminSort[]]).catch('newest'),
  marker: z.uuid().optional().catch(undefined),
});
export type AdminFilters = z.infer<typeof adminFiltersSchema>;

export const PAGE_SIZE = 25;

const ACCEPTS: Record<keyof AdminFilters, string> = {
  owner: 'a project ID',
  visibility: listInWords(['all', ...VISIBILITIES]),
  status: 'any or an image status',
  size: listInWords(Object.keys(SIZE_BANDS)),
  hidden: 'listed or hidden',
  name: 'at most 255 characters',
  sort: listInWords(Object.keys(ADMIN_SORTS)),
  marker: 'an image ID',
};

/** Read URL search params (string | string[]) into filters; first value wins, empty means unset. */
export function parseAdminFilters(params: RawSearchParams): AdminFilters {
  const first = Object.fromEntries(Object.entries(firstValues(params)).map(([key, value]) => [key, value || undefined]));
  return adminFiltersSchema.parse(first);
}

/** The URL values `parseAdminFilters` replaced by a default, so the page can say so. */
export function ignoredAdminParams(params: RawSearchParams): IgnoredParam[] {
  return ignoredParams(adminFiltersSchema, firstValues(params), ACCEPTS);
}

/**
 * Filters → GET /v2/images parameters. `visibility=all` is needed even for admins (the default
 * omits community images), and hidden images only appear with `os_hidden=true` (which then
 * lists *only* hidden ones), so "hidden" is a mode, not a union.
 */
export function toGlanceQuery(filters: AdminFilters, limit = PAGE_SIZE): Record<string, string | number> {
  const band: { label: string; min?: number; max?: number } = SIZE_BANDS[filters.size];
  const query: Record<string, string | number> = {
    visibility: filters.visibility,
    sort: ADMIN_SORTS[filters.sort].glance,
    limit,
  };
  if (filters.owner) query.owner = filters.owner;
  if (filters.status !== 'any') query.status = filters.status;
  if (band.min !== undefined) query.size_min = band.min;
  if (band.max !== undefined) query.size_max = band.max;
  if (filters.hidden === 'hidden') query.os_hidden = 'true';
  if (filters.name) query.name = filters.name;
  if (filters.marker) query.marker = filters.marker;
  return query;
}

/** URL search string for these filters, dropping defaults so links stay short. */
export function adminFiltersHref(filters: AdminFilters, change: Partial<AdminFilters> = {}): string {
  const merged = { ...filters, ...change };
  const defaults = adminFiltersSchema.parse({});
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === '' || value === defaults[key as keyof AdminFilters]) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/admin/images?${search}` : '/admin/images';
}

/** Glance's `next` link carries the marker of the following page. */
export function markerFromNext(next: string | undefined): string | undefined {
  if (!next) return undefined;
  const marker = new URL(next, 'http://glance.invalid').searchParams.get('marker');
  return marker && z.uuid().safeParse(marker).success ? marker : undefined;
}
