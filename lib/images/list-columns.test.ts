import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_COLUMNS, columnsCookieName, listColumnsCookie, parseListColumns } from './list-columns';

describe('list columns', () => {
  it('names one cookie per user, with cookie-safe characters only', () => {
    expect(columnsCookieName('a18d60f5ac4c4168')).toBe('iris-columns-a18d60f5ac4c4168');
    expect(columnsCookieName('x;y=z')).toBe('iris-columns-x_y_z');
  });

  it('reads the defaults when nothing was chosen or the value is junk', () => {
    expect(parseListColumns(undefined)).toEqual(DEFAULT_LIST_COLUMNS);
    expect(parseListColumns('nonsense')).toEqual(DEFAULT_LIST_COLUMNS);
  });

  it('keeps known columns in table order and remembers "none"', () => {
    expect(parseListColumns('login.os.bogus')).toEqual(['os', 'login']);
    expect(parseListColumns('none')).toEqual([]);
  });

  it('writes what it reads back', () => {
    const cookie = listColumnsCookie('u1', ['login', 'owner'], true);
    expect(cookie).toMatch(/^iris-columns-u1=owner\.login; Path=\/; Max-Age=\d+; SameSite=Lax; Secure$/);
    expect(parseListColumns(cookie.split(';')[0]!.split('=')[1])).toEqual(['owner', 'login']);
    expect(listColumnsCookie('u1', [], false)).toMatch(/^iris-columns-u1=none; /);
  });
});
