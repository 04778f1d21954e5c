// The Images page's view state as plain values: no zod, so client components (tabs, toolbar,
// table, paging) can build links without shipping the parser. lib/glance/filters.ts parses URLs.
import { type DISK_FORMATS, type IMAGE_STATUSES, type VISIBILITIES } from '@/lib/glance/constants';
import type { ImageKind } from './catalog';

export const IMAGE_TABS = ['project', 'official', 'shared', 'public', 'community', 'all'] as const;
export type ImageTab = (typeof IMAGE_TABS)[number];

export const SHARE_STATES = ['accepted', 'pending', 'rejected'] as const;
export type ShareState = (typeof SHARE_STATES)[number];

/** The keys Glance can sort by (anything else answers 400). */
export const SORT_KEYS = ['name', 'status', 'disk_format', 'size', 'created_at', 'updated_at'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const DATE_FIELDS = ['created_at', 'updated_at'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** Tabs whose Glance query leaves visibility free, so a visibility filter means something. */
export const TABS_WITH_VISIBILITY_FILTER: ReadonlySet<ImageTab> = new Set(['project', 'all']);

/** Everything the Images page reads from its URL (parsed by `parseImageFilters`). */
export interface ImageFilters {
  tab: ImageTab;
  share: ShareState;
  q?: string;
  status?: (typeof IMAGE_STATUSES)[number];
  disk_format?: (typeof DISK_FORMATS)[number];
  visibility?: (typeof VISIBILITIES)[number];
  protected?: 'true' | 'false';
  /** Image or instance snapshot (`image_type`). */
  type?: ImageKind;
  /** Only the images their owners hid (Glance's `os_hidden=true`: hidden images are listed on their own). */
  hidden?: 'true';
  tag?: string;
  date: DateField;
  from?: string;
  to?: string;
  sort: SortKey;
  dir: SortDir;
  limit: number;
  marker?: string;
  before?: string;
}

/** What an empty query string means (filters.test.ts checks the parser agrees). */
export const DEFAULT_FILTERS: ImageFilters = { tab: 'project', share: 'accepted', date: 'created_at', sort: 'created_at', dir: 'desc', limit: DEFAULT_PAGE_SIZE };

/** Keys whose change starts the list over from its first page. */
const PAGE_KEYS = ['marker', 'before'] as const;
const ORDER: (keyof ImageFilters)[] = [
  'tab', 'share', 'q', 'status', 'disk_format', 'visibility', 'protected', 'type', 'hidden', 'tag', 'date', 'from', 'to', 'sort', 'dir', 'limit', 'marker', 'before',
];

/**
 * The URL of a view: the current filters with `patch` applied. Any change other than paging
 * drops the marker (a marker only makes sense for the query that produced it). Defaults are
 * left out so links stay short and stable.
 */
export function imagesHref(filters: ImageFilters, patch: Partial<ImageFilters> = {}): string {
  const paging = Object.keys(patch).some((key) => (PAGE_KEYS as readonly string[]).includes(key));
  const next: ImageFilters = { ...filters, ...(paging ? {} : { marker: undefined, before: undefined }), ...patch };
  if (!TABS_WITH_VISIBILITY_FILTER.has(next.tab)) next.visibility = undefined;
  if (next.tab !== 'shared') next.share = 'accepted';
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = next[key];
    if (value === undefined || value === '' || value === DEFAULT_FILTERS[key]) continue;
    if (key === 'date' && !next.from && !next.to) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/images?${query}` : '/images';
}

/** True when any filter narrows the tab (search, status, format, …), as opposed to sort and paging. */
export function hasActiveFilters(filters: ImageFilters): boolean {
  return Boolean(filters.q || filters.status || filters.disk_format || filters.visibility || filters.protected || filters.type || filters.hidden || filters.tag || filters.from || filters.to);
}

