import { describe, expect, it } from 'vitest';
import { adminFiltersHref, ignoredAdminParams, markerFromNext, parseAdminFilters, toGlanceQuery } from './filters';

const ID = '0f4e6e4d-1d71-49ee-b750-8d06de8e5497';

describe('parseAdminFilters', () => {
  it('falls back to defaults for junk and takes the first of repeated params', () => {
    const filters = parseAdminFilters({ visibility: 'bogus', status: ['active', 'queued'], size: '9', sort: 'x', marker: 'not-a-uuid', owner: '../etc' });
    expect(filters).toEqual({ visibility: 'all', status: 'active', size: 'any', hidden: 'listed', sort: 'newest', owner: undefined, marker: undefined, name: undefined });
  });

  it('keeps valid values', () => {
    const filters = parseAdminFilters({ owner: 'abc123', visibility: 'public', hidden: 'hidden', name: ' cirros ', marker: ID });
    expect(filters).toMatchObject({ owner: 'abc123', visibility: 'public', hidden: 'hidden', name: 'cirros', marker: ID });
  });
});

describe('ignoredAdminParams', () => {
  it('names each value the parser replaced by its default', () => {
    expect(ignoredAdminParams({ sort: 'evil', marker: 'not-a-uuid', size: 'giant', owner: '../..', name: 'cirros', visibility: 'public' })).toEqual([
      { key: 'owner', value: '../..', accepts: 'a project ID' },
      { key: 'size', value: 'giant', accepts: 'any, small, medium, large or huge' },
      { key: 'sort', value: 'evil', accepts: 'newest, name or largest' },
      { key: 'marker', value: 'not-a-uuid', accepts: 'an image ID' },
    ]);
    expect(ignoredAdminParams({ sort: 'name', marker: '', hidden: 'hidden' })).toEqual([]);
  });
});

describe('toGlanceQuery', () => {
  it('always asks for every visibility and never sends os_hidden in listed mode', () => {
    const query = toGlanceQuery(parseAdminFilters({}));
    expect(query).toEqual({ visibility: 'all', sort: 'created_at:desc', limit: 25 });
  });

  it('maps owner, status, size band, hidden mode, name and marker', () => {
    const query = toGlanceQuery(parseAdminFilters({ owner: 'p1', status: 'active', size: 'medium', hidden: 'hidden', name: 'x', marker: ID, sort: 'largest' }), 100);
    expect(query).toEqual({
      visibility: 'all',
      sort: 'size:desc',
      limit: 100,
      owner: 'p1',
      status: 'active',
      size_min: 100 * 1024 ** 2,
      size_max: 1024 ** 3 - 1,
      os_hidden: 'true',
      name: 'x',
      marker: ID,
    });
  });
});

describe('adminFiltersHref', () => {
  it('drops defaults and applies changes', () => {
    const filters = parseAdminFilters({ owner: 'p1', marker: ID });
    expect(adminFiltersHref(filters, { marker: undefined })).toBe('/admin/images?owner=p1');
    expect(adminFiltersHref(parseAdminFilters({}))).toBe('/admin/images');
  });
});

describe('markerFromNext', () => {
  it('reads the marker from Glance next links and ignores junk', () => {
    expect(markerFromNext(`/v2/images?visibility=all&limit=2&marker=${ID}`)).toBe(ID);
    expect(markerFromNext('/v2/images?marker=nope')).toBeUndefined();
    expect(markerFromNext(undefined)).toBeUndefined();
  });
});
