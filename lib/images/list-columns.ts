// Which optional columns the Images list shows: each user's choice lives in a cookie of their own
// (named by their user ID), so the server renders the chosen columns: no flash, no hydration gap.

export const LIST_COLUMNS = ['owner', 'os', 'login', 'visibility', 'protected', 'format', 'size', 'created'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const LIST_COLUMN_LABELS: Record<ListColumn, string> = {
  owner: 'Owner',
  os: 'OS',
  login: 'Login user',
  visibility: 'Visibility',
  protected: 'Protected',
  format: 'Format',
  size: 'Size',
  created: 'Created',
};

/** What a user who never chose sees: the columns Iris always had. */
export const DEFAULT_LIST_COLUMNS: readonly ListColumn[] = ['owner', 'visibility', 'protected', 'format', 'size', 'created'];

const COOKIE_PREFIX = 'iris-columns-';
const ONE_YEAR = 365 * 24 * 60 * 60;

/** The cookie of one user (Keystone user IDs are hex; anything else is reduced to cookie-safe characters). */
export function columnsCookieName(userId: string): string {
  return `${COOKIE_PREFIX}${userId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)}`;
}

/** The cookie's value read back: known columns in table order; absent or unreadable means the defaults. */
export function parseListColumns(value: string | undefined): ListColumn[] {
  if (value === undefined) return [...DEFAULT_LIST_COLUMNS];
  const chosen = new Set(value.split('.'));
  const known = LIST_COLUMNS.filter((column) => chosen.has(column));
  return known.length || value === 'none' ? known : [...DEFAULT_LIST_COLUMNS];
}

/** `document.cookie` text that stores `columns` for a year on this site's paths. */
export function listColumnsCookie(userId: string, columns: readonly ListColumn[], secure: boolean): string {
  const value = columns.length ? LIST_COLUMNS.filter((c) => columns.includes(c)).join('.') : 'none';
  return `${columnsCookieName(userId)}=${value}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
