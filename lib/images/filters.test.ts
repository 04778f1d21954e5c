import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, hasActiveFilters, ignoredImageParams, imagesHref, isPastBound, matchesRules, needsWalk, parseImageFilters, planImageList, showsEmptyRecords } from './filters';

const ctx = { projectId: 'p-demo', officialOwners: ['p-official'], isAdmin: false };
const uuid = '0b7f6f4c-1a8e-4f7e-9b1d-2a1c3e4f5a6b';
const uuid2 = '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f';

describe('parseImageFilters', () => {
  it('an empty query string means exactly DEFAULT_FILTERS (the client-side copy)', () => {
    expect(parseImageFilters({})).toStrictEqual({ ...DEFAULT_FILTERS, ...Object.fromEntries(Object.keys(parseImageFilters({})).filter((k) => !(k in DEFAULT_FILTERS)).map((k) => [k, undefined])) });
  });

  it('falls back to defaults for missing, unknown and malformed values', () => {
    const filters = parseImageFilters({ tab: 'nope', status: 'sleeping', limit: '7', sort: 'owner', dir: 'up', marker: 'not-a-uuid', from: '2024-13-45' });
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(DEFAULT_FILTERS).toMatchObject({ tab: 'project', sort: 'created_at', dir: 'desc', limit: 25, share: 'accepted' });
  });

  it('keeps valid values, trims text and treats blanks as absent', () => {
    const filters = parseImageFilters({ tab: 'all', q: '  Debian ', status: 'queued', disk_format: 'qcow2', visibility: 'shared', protected: 'true', tag: ' ', limit: '100', sort: 'name', dir: 'asc', from: '2024-02-29' });
    expect(filters).toMatchObject({ tab: 'all', q: 'Debian', status: 'queued', disk_format: 'qcow2', visibility: 'shared', protected: 'true', limit: 100, sort: 'name', dir: 'asc', from: '2024-02-29' });
    expect(filters.tag).toBeUndefined();
  });

  it('takes the first of repeated keys', () => {
    expect(parseImageFilters({ tab: ['public', 'all'] }).tab).toBe('public');
  });

  it('drops filters that mean nothing on the tab, and `before` when a marker is set', () => {
    const filters = parseImageFilters({ tab: 'public', visibility: 'private', share: 'pending', marker: uuid, before: uuid2 });
    expect(filters.visibility).toBeUndefined();
    expect(filters.share).toBe('accepted');
    expect(filters.before).toBeUndefined();
    expect(parseImageFilters({ tab: 'shared', share: 'pending' }).share).toBe('pending');
  });
});

describe('ignoredImageParams', () => {
  it('names each value the parser replaced by its default, with what it expects', () => {
    const raw = { marker: 'not-a-uuid', sort: 'bogus', limit: '100000', dir: 'sideways', q: 'ok', tab: 'shared', other: 'x' };
    expect(ignoredImageParams(raw)).toEqual([
      { key: 'sort', value: 'bogus', accepts: 'name, status, disk_format, size, created_at or updated_at' },
      { key: 'dir', value: 'sideways', accepts: 'asc or desc' },
      { key: 'limit', value: '100000', accepts: '10, 25, 50 or 100' },
      { key: 'marker', value: 'not-a-uuid', accepts: 'an image ID' },
    ]);
  });

  it('says nothing about valid, blank or unknown keys, and shortens long values', () => {
    expect(ignoredImageParams({ limit: '50', sort: 'name', dir: 'asc', marker: '', q: '  ', utm: 'x', tab: ['public', 'bogus'] })).toEqual([]);
    const [long] = ignoredImageParams({ status: 'x'.repeat(300) });
    expect(long).toEqual({ key: 'status', value: `${'x'.repeat(40)}…`, accepts: 'an image status' });
  });
});

describe('imagesHref', () => {
  it('leaves defaults out and keeps a stable order', () => {
    expect(imagesHref(DEFAULT_FILTERS)).toBe('/images');
    const filters = parseImageFilters({ q: 'deb', tab: 'all', limit: '50' });
    expect(imagesHref(filters)).toBe('/images?tab=all&q=deb&limit=50');
  });

  it('drops the marker on any change but paging', () => {
    const filters = parseImageFilters({ tab: 'all', marker: uuid });
    expect(imagesHref(filters, { status: 'active' })).toBe('/images?tab=all&status=active');
    expect(imagesHref(filters, { marker: uuid2 })).toBe(`/images?tab=all&marker=${uuid2}`);
    expect(imagesHref(filters, { marker: undefined, before: uuid2 })).toBe(`/images?tab=all&before=${uuid2}`);
  });

  it('drops visibility and share when switching to a tab where they do not apply', () => {
    const filters = parseImageFilters({ tab: 'all', visibility: 'private', q: 'x' });
    expect(imagesHref(filters, { tab: 'community' })).toBe('/images?tab=community&q=x');
    expect(imagesHref(parseImageFilters({ tab: 'shared', share: 'rejected' }), { tab: 'project' })).toBe('/images');
  });

  it('round-trips through parseImageFilters', () => {
    const filters = parseImageFilters({ tab: 'shared', share: 'pending', q: 'a b', status: 'active', date: 'updated_at', from: '2024-01-01', to: '2024-01-31', sort: 'size', dir: 'asc', limit: '10' });
    const href = imagesHref(filters);
    const back = parseImageFilters(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(back).toEqual(filters);
  });

  it('keeps the date field only with a date', () => {
    expect(imagesHref(DEFAULT_FILTERS, { date: 'updated_at' })).toBe('/images');
  });
});

describe('planImageList', () => {
  const plan = (raw: Record<string, string>, context = ctx) => planImageList(parseImageFilters(raw), context);

  it('maps each tab to its Glance query', () => {
    expect(plan({}).query).toEqual({ owner: 'p-demo', sort_key: 'created_at', sort_dir: 'desc' });
    expect(plan({ tab: 'official' }).query).toMatchObject({ owner: 'p-official', visibility: 'public' });
    expect(plan({ tab: 'shared' }).query).toMatchObject({ visibility: 'shared', member_status: 'accepted' });
    expect(plan({ tab: 'shared', share: 'pending' }).query).toMatchObject({ member_status: 'pending' });
    expect(plan({ tab: 'public' }).query).toMatchObject({ visibility: 'public' });
    expect(plan({ tab: 'community' }).query).toMatchObject({ visibility: 'community' });
    expect(plan({ tab: 'all' }).query).toEqual({ sort_key: 'created_at', sort_dir: 'desc' });
  });

  it('filters on the server what Glance cannot exclude', () => {
    expect(plan({ tab: 'public' }).rules).toEqual({ excludeOwners: ['p-official'] });
    expect(plan({ tab: 'shared' }).rules).toEqual({ excludeOwners: ['p-demo'] });
    expect(plan({ tab: 'shared', share: 'rejected' }, { ...ctx, isAdmin: true }).rules).toEqual({ excludeOwners: ['p-demo'], verifyMembership: 'rejected' });
    expect(plan({ tab: 'official' }, { ...ctx, officialOwners: ['a', 'b'] })).toMatchObject({ query: { visibility: 'public' }, rules: { onlyOwners: ['a', 'b'] } });
    expect(plan({ tab: 'official' }, { ...ctx, officialOwners: [] }).emptyBecause).toBe('no-official-owners');
    expect(plan({ tab: 'public' }, { ...ctx, officialOwners: [] }).rules).toEqual({});
    expect(needsWalk(plan({}).rules)).toBe(false);
    expect(needsWalk(plan({ q: 'x' }).rules)).toBe(true);
  });

  it('passes Glance filters through and lowercases the substring', () => {
    const p = plan({ tab: 'all', visibility: 'private', status: 'queued', disk_format: 'raw', protected: 'false', tag: 'gold', q: 'DeBian' });
    expect(p.query).toMatchObject({ visibility: 'private', status: 'queued', disk_format: 'raw', protected: 'false', tag: 'gold' });
    expect(p.rules.nameContains).toBe('debian');
  });

  it('asks Glance for snapshots and hidden images, and checks "image" (not a snapshot) itself', () => {
    expect(plan({ type: 'snapshot' }).query).toMatchObject({ image_type: 'snapshot' });
    expect(plan({ hidden: 'true' }).query).toMatchObject({ os_hidden: 'true' });
    const images = plan({ type: 'image' });
    expect(images.query).not.toHaveProperty('image_type');
    expect(images.rules).toEqual({ onlyKind: 'image' });
    expect(needsWalk(images.rules)).toBe(true);
    const row = { id: uuid, name: 'n', owner: 'p', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' };
    expect(matchesRules(row, images.rules)).toBe(true);
    expect(matchesRules({ ...row, image_type: 'snapshot' }, images.rules)).toBe(false);
  });

  it('parses type and hidden from the URL and writes them back', () => {
    const filters = parseImageFilters({ type: 'snapshot', hidden: 'true' });
    expect(filters).toMatchObject({ type: 'snapshot', hidden: 'true' });
    expect(imagesHref(filters)).toBe('/images?type=snapshot&hidden=true');
    expect(parseImageFilters({ type: 'vm', hidden: 'yes' })).toMatchObject({ type: undefined, hidden: undefined });
    expect(hasActiveFilters(parseImageFilters({ hidden: 'true' }))).toBe(true);
  });

  it('flips the sort and walks back from `before` for a previous page', () => {
    const p = plan({ before: uuid, sort: 'name', dir: 'asc' });
    expect(p).toMatchObject({ reverse: true, startMarker: uuid, query: { sort_key: 'name', sort_dir: 'desc' } });
    expect(plan({ marker: uuid })).toMatchObject({ reverse: false, startMarker: uuid, query: { sort_dir: 'desc' } });
  });

  it('sends one date bound to Glance and checks the other itself', () => {
    expect(plan({ from: '2024-01-01' }).query.created_at).toBe('gte:2024-01-01T00:00:00Z');
    expect(plan({ to: '2024-01-31' }).query.created_at).toBe('lt:2024-02-01T00:00:00Z');
    // sorted newest first by that date: Glance takes the upper bound and the lower one ends the walk
    const desc = plan({ from: '2024-01-01', to: '2024-12-31' });
    expect(desc.query.created_at).toBe('lt:2025-01-01T00:00:00Z');
    expect(desc.rules).toEqual({ dateBound: { field: 'created_at', op: 'gte', value: '2024-01-01T00:00:00Z' }, stopPastBound: true });
    const other = plan({ date: 'updated_at', from: '2024-01-01', to: '2024-01-01', sort: 'name' });
    expect(other.query.updated_at).toBe('gte:2024-01-01T00:00:00Z');
    expect(other.rules).toEqual({ dateBound: { field: 'updated_at', op: 'lt', value: '2024-01-02T00:00:00Z' }, stopPastBound: false });
  });
});

describe('matchesRules / isPastBound', () => {
  const image = { id: uuid, name: 'Debian-12-Cloud', owner: 'p-official', created_at: '2024-06-01T10:00:00Z', updated_at: '2024-06-02T10:00:00Z' };

  it('matches names by case-insensitive substring, or the exact ID', () => {
    expect(matchesRules(image, { nameContains: 'n-12-c' })).toBe(true);
    expect(matchesRules(image, { nameContains: 'ubuntu' })).toBe(false);
    expect(matchesRules(image, { nameContains: uuid })).toBe(true);
    expect(matchesRules({ ...image, name: null }, { nameContains: 'deb' })).toBe(false);
  });

  it('excludes or requires owners', () => {
    expect(matchesRules(image, { excludeOwners: ['p-official'] })).toBe(false);
    expect(matchesRules(image, { onlyOwners: ['p-other'] })).toBe(false);
    expect(matchesRules(image, { onlyOwners: ['p-official'] })).toBe(true);
  });

  it('checks the date bound and knows when the walk can stop', () => {
    const rules = { dateBound: { field: 'created_at' as const, op: 'gte' as const, value: '2024-07-01T00:00:00Z' }, stopPastBound: true };
    expect(matchesRules(image, rules)).toBe(false);
    expect(isPastBound(image, rules)).toBe(true);
    expect(isPastBound(image, { ...rules, stopPastBound: false })).toBe(false);
    expect(matchesRules(image, { dateBound: { field: 'updated_at', op: 'lt', value: '2024-06-03T00:00:00Z' } })).toBe(true);
  });
});

describe('hasActiveFilters', () => {
  it('ignores sort, paging and tab', () => {
    expect(hasActiveFilters(parseImageFilters({ tab: 'all', sort: 'name', limit: '10', marker: uuid }))).toBe(false);
    expect(hasActiveFilters(parseImageFilters({ tag: 'x' }))).toBe(true);
  });
});

describe('showsEmptyRecords', () => {
  it('only on the first page of the Project tab', () => {
    expect(showsEmptyRecords(parseImageFilters({}))).toBe(true);
    expect(showsEmptyRecords(parseImageFilters({ q: 'fedora', status: 'active' }))).toBe(true);
    expect(showsEmptyRecords(parseImageFilters({ marker: uuid }))).toBe(false);
    expect(showsEmptyRecords(parseImageFilters({ before: uuid }))).toBe(false);
    expect(showsEmptyRecords(parseImageFilters({ tab: 'all' }))).toBe(false);
  });
});
