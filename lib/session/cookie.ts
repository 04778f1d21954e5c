/**
 * Names, flags and parsing of Iris's cookies. Over https both get the `__Host-` prefix: the
 * browser then accepts them only with `Secure`, `Path=/` and no `Domain`, so a sibling subdomain
 * cannot plant or overwrite them (cookie tossing).
 */
export const SESSION_COOKIE = 'iris_session';
/** Not secret: the project to open next time, like Horizon's last-project cookie. */
export const LAST_PROJECT_COOKIE = 'iris_last_project';

const ONE_YEAR = 31_536_000;

export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

export interface CookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** The flags every Iris cookie carries; the session cookie's Max-Age is its hard end. */
export function cookieOptions(secure: boolean, maxAge: number = ONE_YEAR): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge };
}

/**
 * One cookie's value from a raw `Cookie` header. Values Iris sets are base64url or IDs and need
 * no decoding; a malformed percent-escape (`iris_session=%`) is returned as it is, and simply
 * fails to unseal, instead of throwing URIError.
 */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    const raw = part.slice(index + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
