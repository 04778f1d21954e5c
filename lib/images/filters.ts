import { z } from 'zod';
import { firstValues, ignoredParams, type IgnoredParam, type RawSearchParams } from '@/lib/search-params';
import { listInWords } from '@/lib/words';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES, type MemberStatus } from '@/lib/glance/constants';
import { IMAGE_KINDS, imageKind, type ImageKind } from './catalog';
import { DEFAULT_PAGE_SIZE, IMAGE_TABS, PAGE_SIZES, SHARE_STATES, SORT_KEYS, DATE_FIELDS, TABS_WITH_VISIBILITY_FILTER, type DateField, type ImageFilters, type SortDir } from './image-view';

export * from './image-view';

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
  type: optional(z.enum(IMAGE_KINDS)),
  hidden: optional(z.enum(['true'])),
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
// the parser's output is exactly the plain ImageFilters type the client uses
const parsesToImageFilters: z.ZodType<ImageFilters, unknown> = imageFiltersSchema;
void parsesToImageFilters;

/** What each URL key accepts, said when a link carries something else (see `ignoredImageParams`). */
const ACCEPTS: Record<keyof ImageFilters, string> = {
  tab: listInWords(IMAGE_TABS),
  share: listInWords(SHARE_STATES),
  q: 'at most 255 characters',
  status: 'an image status',
  disk_format: 'a disk format',
  visibility: listInWords(VISIBILITIES),
  protected: 'true or false',
  type: listInWords(IMAGE_KINDS),
  hidden: 'true',
  tag: 'at most 255 characters',
  date: listInWords(DATE_FIELDS),
  from: 'a date as YYYY-MM-DD',
  to: 'a date as YYYY-MM-DD',
  sort: listInWords(SORT_KEYS),
  dir: 'asc or desc',
  limit: listInWords(PAGE_SIZES),
  marker: 'an image ID',
  before: 'an image ID',
};

/** Parse Next's `searchParams` (repeated keys keep the first value) and drop combinations that mean nothing. */
export function parseImageFilters(raw: RawSearchParams): ImageFilters {
  const filters = imageFiltersSchema.parse(firstValues(raw));
  if (!TABS_WITH_VISIBILITY_FILTER.has(filters.tab)) filters.visibility = undefined;
  if (filters.tab !== 'shared') filters.share = 'accepted';
  if (filters.marker) filters.before = undefined;
  return filters;
}

/**
 * The Project tab's "images without data" panel belongs on its first page only: it lists the same
 * records on every page, and its Glance query would slow each later page as much as the first.
 */
export function showsEmptyRecords(filters: Pick<ImageFilters, 'tab' | 'marker' | 'before'>): boolean {
  return filters.tab === 'project' && !filters.marker && !filters.before;
}

/** The URL values `parseImageFilters` replaced by a default, so the page can say so. */
export function ignoredImageParams(raw: RawSearchParams): IgnoredParam[] {
  return ignoredParams(imageFiltersSchema, firstValues(raw), ACCEPTS);
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
  /** Glance filters `image_type=snapshot` but cannot say "not a snapshot". */
  onlyKind?: ImageKind;
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
    ...(filters.type === 'snapshot' && { image_type: 'snapshot' }),
    ...(filters.hidden && { os_hidden: 'true' }),
    ...(filters.tag && { tag: filters.tag }),
    ...dates.query,
    sort_key: filters.sort,
    sort_dir: sortDir,
  };
  const rules: ListRules = {
    ...tab.rules,
    ...dates.rules,
    ...(filters.q && { nameContains: filters.q.toLowerCase() }),
    ...(filters.type === 'image' && { onlyKind: 'image' as const }),
  };
  return { query, reverse, startMarker: filters.marker ?? filters.before, rules, emptyBecause: tab.emptyBecause };
}

export interface RuleSubject {
  id: string;
  name: string | null;
  owner: string | null;
  created_at: string;
  updated_at: string;
  image_type?: unknown;
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
  if (rules.onlyKind && imageKind(image) !== rules.onlyKind) return false;
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
  return Boolean(rules.nameContains || rules.excludeOwners || rules.onlyOwners || rules.onlyKind || rules.dateBound || rules.verifyMembership);
}
