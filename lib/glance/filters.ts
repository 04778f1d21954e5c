import { z } from 'zod';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES, type MemberStatus } from './constants';

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

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));

/** Everything the Images page reads from its URL; anything unknown or malformed falls back to a default. */
export const imageFiltersSchema = z.object({
  tab: z.enum(IMAGE_TABS).catch('project'),
  share: z.enum(SHARE_STATES).catch('accepted'),
  q: optional(z.string().trim().max(255)),
  status: optional(z.enum(IMAGE_STATUSES)),
  disk_format: optional(z.enum(DISK_FORMATS)),
  visibility: optional(z.enum(VISIBILITIES)),
  protected: optional(z.enum(['true', 'false'])),
  tag: optional(z.string().trim().max(255)),
  date: z.enum(DATE_FIELDS).catch('created_at'),
  from: optional(isoDay),
  to: optional(isoDay),
  sort: z.enum(SORT_KEYS).catch('created_at'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  limit: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
  marker: optional(z.uuid()),
  before: optional(z.uuid()),
});
export type ImageFilters = z.infer<typeof imageFiltersSchema>;

export const DEFAULT_FILTERS: ImageFilters = imageFiltersSchema.parse({});

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Parse Next's `searchParams` (repeated keys keep the first value) and drop combinations that mean nothing. */
export function parseImageFilters(raw: RawSearchParams): ImageFilters {
  const flat = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filters = imageFiltersSchema.parse(flat);
  if (!TABS_WITH_VISIBILITY_FILTER.has(filters.tab)) filters.visibility = undefined;
  if (filters.tab !== 'shared') filters.share = 'accepted';
  if (filters.marker) filters.before = undefined;
  return filters;
}

/** Keys whose change starts the list over from its first page. */
const PAGE_KEYS = ['marker', 'before'] as const;
const ORDER: (keyof ImageFilters)[] = [
  'tab', 'share', 'q', 'status', 'disk_format', 'visibility', 'protected', 'tag', 'date', 'from', 'to', 'sort', 'dir', 'limit', 'marker', 'before',
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
  return Boolean(filters.q || filters.status || filters.disk_format || filters.visibility || filters.protected || filters.tag || filters.from || filters.to);
}

export interface ListContext {
  projectId: string;
  officialOwners: string[];
  isAdmin: boolean;
}

export interface DateBound {
  field: DateField;
  op: 'gte' | 'lt';
  value: string;
}

/** What the server must check itself because Glance cannot express it. */
export interface ListRules {
  nameContains?: string;
  excludeOwners?: string[];
  onlyOwners?: string[];
  dateBound?: DateBound;
  /** Rows come sorted by the bound's field, so the first row past it ends the list. */
  stopPastBound?: boolean;
  /** Admins see every shared image whatever its members: their membership must be checked one by one. */
  verifyMembership?: MemberStatus;
}

export interface ListPlan {
  /** Glance parameters for every page request (marker and limit are added per request). */
  query: Record<string, string>;
  /** Walking backwards from `startMarker` for a "Previous" page: sort flipped, rows reversed after. */
  reverse: boolean;
  startMarker?: string;
  rules: ListRules;
  /** Why this view is empty without asking Glance. */
  emptyBecause?: 'no-official-owners';
}

const dayStart = (day: string) => `${day}T00:00:00Z`;
function nextDay(day: string): string {
  const date = new Date(Date.parse(dayStart(day)) + 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** The Glance query for a tab, before any filter. */
function tabQuery(filters: ImageFilters, ctx: ListContext): Pick<ListPlan, 'query' | 'rules' | 'emptyBecause'> {
  switch (filters.tab) {
    case 'project':
      return { query: { owner: ctx.projectId, ...(filters.visibility && { visibility: filters.visibility }) }, rules: {} };
    case 'official': {
      const [only, ...more] = ctx.officialOwners;
      if (!only) return { query: { visibility: 'public' }, rules: {}, emptyBecause: 'no-official-owners' };
      // Glance's owner filter takes one value (no `in:`), so several curators are filtered here.
      if (more.length) return { query: { visibility: 'public' }, rules: { onlyOwners: ctx.officialOwners } };
      return { query: { visibility: 'public', owner: only }, rules: {} };
    }
    case 'shared':
      // Glance's `visibility=shared` also lists the project's own shared images.
      return {
        query: { visibility: 'shared', member_status: filters.share },
        rules: { excludeOwners: [ctx.projectId], ...(ctx.isAdmin && { verifyMembership: filters.share }) },
      };
    case 'public':
      return { query: { visibility: 'public' }, rules: ctx.officialOwners.length ? { excludeOwners: ctx.officialOwners } : {} };
    case 'community':
      return { query: { visibility: 'community' }, rules: {} };
    case 'all':
      return { query: filters.visibility ? { visibility: filters.visibility } : {}, rules: {} };
  }
}

/**
 * Date range: Glance keeps only the last value of a repeated `created_at`, so it takes one
 * bound and the server checks the other. When rows are sorted by that date, Glance takes the
 * bound the walk starts from and the other one ends the walk early.
 */
function dateRules(filters: ImageFilters, sortDir: SortDir): { query: Record<string, string>; rules: ListRules } {
  const field = filters.date;
  const lower = filters.from && { field, op: 'gte' as const, value: dayStart(filters.from) };
  const upper = filters.to && { field, op: 'lt' as const, value: dayStart(nextDay(filters.to)) };
  const asQuery = (bound: DateBound) => ({ [field]: `${bound.op}:${bound.value}` });
  if (!lower || !upper) {
    const only = lower || upper;
    return { query: only ? asQuery(only) : {}, rules: {} };
  }
  const sortedByField = filters.sort === field;
  const [glanceSide, serverSide] = sortedByField && sortDir === 'desc' ? [upper, lower] : [lower, upper];
  return { query: asQuery(glanceSide), rules: { dateBound: serverSide, stopPastBound: sortedByField } };
}

/** Turn the URL state into Glance parameters plus the checks Glance cannot do. Pure. */
export function planImageList(filters: ImageFilters, ctx: ListContext): ListPlan {
  const reverse = !filters.marker && Boolean(filters.before);
  const sortDir: SortDir = reverse ? (filters.dir === 'asc' ? 'desc' : 'asc') : filters.dir;
  const tab = tabQuery(filters, ctx);
  const dates = dateRules(filters, sortDir);
  const query: Record<string, string> = {
    ...tab.query,
    ...(filters.status && { status: filters.status }),
    ...(filters.disk_format && { disk_format: filters.disk_format }),
    ...(filters.protected && { protected: filters.protected }),
    ...(filters.tag && { tag: filters.tag }),
    ...dates.query,
    sort_key: filters.sort,
    sort_dir: sortDir,
  };
  const rules: ListRules = { ...tab.rules, ...dates.rules, ...(filters.q && { nameContains: filters.q.toLowerCase() }) };
  return { query, reverse, startMarker: filters.marker ?? filters.before, rules, emptyBecause: tab.emptyBecause };
}

interface RuleSubject {
  id: string;
  name: string | null;
  owner: string | null;
  created_at: string;
  updated_at: string;
}

/** The server-side checks of `rules` (all but membership) for one image. */
export function matchesRules(image: RuleSubject, rules: ListRules): boolean {
  if (rules.nameContains) {
    const name = (image.name ?? '').toLowerCase();
    if (!name.includes(rules.nameContains) && image.id !== rules.nameContains) return false;
  }
  if (rules.excludeOwners && image.owner && rules.excludeOwners.includes(image.owner)) return false;
  if (rules.onlyOwners && !(image.owner && rules.onlyOwners.includes(image.owner))) return false;
  if (rules.dateBound && !withinBound(image, rules.dateBound)) return false;
  return true;
}

function withinBound(image: RuleSubject, bound: DateBound): boolean {
  const at = Date.parse(image[bound.field]);
  const limit = Date.parse(bound.value);
  return bound.op === 'gte' ? at >= limit : at < limit;
}

/** With rows sorted by the bound's field, the first row outside the bound means no later row is inside. */
export function isPastBound(image: RuleSubject, rules: ListRules): boolean {
  return Boolean(rules.stopPastBound && rules.dateBound && !withinBound(image, rules.dateBound));
}

/** Whether a plan needs the server to look at rows (and so to walk Glance pages) rather than one Glance call. */
export function needsWalk(rules: ListRules): boolean {
  return Boolean(rules.nameContains || rules.excludeOwners || rules.onlyOwners || rules.dateBound || rules.verifyMembership);
}
