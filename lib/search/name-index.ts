/**
 * The per-project name index behind substring search: what one project's token lists, cut to the
 * few fields a search needs (id, name, owner, status, visibility, updated_at). Pure: building,
 * merging increments and matching; lib/data/name-index.ts keeps one per project and asks Glance.
 * A hit is only a candidate: the caller re-reads every hit from Glance before showing it.
 */

export interface IndexedImage {
  id: string;
  name: string | null;
  owner: string | null;
  status: string;
  visibility: string;
  updatedAt: string;
  /** `name` lower-cased for matching; the same string when the name has no capitals. */
  lower: string;
}

/** What Glance returns for an image, as far as the index reads it. */
export interface ListedImage {
  id: string;
  name: string | null;
  owner: string | null;
  status: string;
  visibility: string;
  updated_at: string;
}

export interface NameIndex {
  images: Map<string, IndexedImage>;
  /** One copy of each owner, status and visibility string: most rows repeat a few values. */
  strings: Map<string, string>;
  /** The newest `updated_at` seen: the next increment asks for rows updated since. */
  newest: string;
}

function shared(strings: Map<string, string>, value: string): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

function indexedImage(image: ListedImage, strings: Map<string, string>): IndexedImage {
  const lower = (image.name ?? '').toLowerCase();
  return {
    id: image.id,
    name: image.name,
    owner: image.owner === null ? null : shared(strings, image.owner),
    status: shared(strings, image.status),
    visibility: shared(strings, image.visibility),
    updatedAt: image.updated_at,
    lower: lower === image.name ? image.name : lower,
  };
}

export function emptyNameIndex(): NameIndex {
  return { images: new Map(), strings: new Map(), newest: '' };
}

/**
 * Upsert rows (a page of a build, or an increment) into `index`, in place: a renamed image takes
 * its new name; rows are never removed here (a full rebuild drops deleted images).
 */
export function mergeIntoIndex(index: NameIndex, rows: ListedImage[]): NameIndex {
  for (const row of rows) {
    const known = index.images.get(row.id);
    if (known && known.updatedAt > row.updated_at) continue; // an older copy of a row already merged
    index.images.set(row.id, indexedImage(row, index.strings));
    if (row.updated_at > index.newest) index.newest = row.updated_at;
  }
  return index;
}

/**
 * Glance query for an increment: rows updated at or after the newest one seen, oldest first.
 * `gte`, not `gt`: Glance shows updated_at to the second, so a row changed later in that same
 * second would be missed by `gt`; the rows seen again are merged once more, which is harmless.
 */
export function incrementQuery(index: NameIndex): Record<string, string> {
  return { ...(index.newest && { updated_at: `gte:${index.newest}` }), sort_key: 'updated_at', sort_dir: 'asc' };
}

/** What a view already tells about its rows, to narrow the hits before Glance checks them. */
export interface HitScope {
  owner?: string;
  visibility?: string;
  status?: string;
  excludeOwners?: string[];
  onlyOwners?: string[];
}

/**
 * Images whose name contains `needle` (any case), or whose ID is `needle`, within `scope`.
 * Order is the index's (no meaning): Glance sorts the hits when it re-reads them.
 */
export function findByName(index: NameIndex, needle: string, scope: HitScope = {}): IndexedImage[] {
  const lowered = needle.toLowerCase();
  const hits: IndexedImage[] = [];
  for (const image of index.images.values()) {
    if (!image.lower.includes(lowered) && image.id !== lowered) continue;
    if (!inScope(image, scope)) continue;
    hits.push(image);
  }
  return hits;
}

function inScope(image: IndexedImage, scope: HitScope): boolean {
  if (scope.owner !== undefined && image.owner !== scope.owner) return false;
  if (scope.visibility !== undefined && image.visibility !== scope.visibility) return false;
  if (scope.status !== undefined && image.status !== scope.status) return false;
  if (scope.excludeOwners && image.owner && scope.excludeOwners.includes(image.owner)) return false;
  if (scope.onlyOwners && !(image.owner && scope.onlyOwners.includes(image.owner))) return false;
  return true;
}

/**
 * Rows per Glance call when the hits are too many to ask for by ID: the walk reads about
 * `rowsWanted / density` rows to fill a page, with a margin, within Glance's page limits.
 */
export function batchForDensity(hits: number, indexed: number, rowsWanted: number, maxBatch: number): number {
  if (!hits || !indexed) return maxBatch;
  const rows = Math.ceil((rowsWanted * indexed * 1.5) / hits);
  return Math.min(maxBatch, Math.max(rowsWanted, rows));
}
