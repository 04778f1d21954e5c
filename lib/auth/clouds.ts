/**
 * The clouds (Keystone endpoints and image regions) a user may sign in to, like Horizon's
 * AVAILABLE_REGIONS: `Label=<Keystone v3 URL>[#<region>][|<Keystone URL as the browser reaches it>]`,
 * comma-separated (docs/configuration.md). Without AVAILABLE_REGIONS there is one cloud:
 * KEYSTONE_URL, KEYSTONE_PUBLIC_URL and OS_REGION.
 */
export interface Cloud {
  /** What the login page and the header call it; also the value of the login form's `cloud` field. */
  label: string;
  /** Keystone v3 as Iris reaches it: every Keystone call of a session on this cloud goes here. */
  keystoneUrl: string;
  /** Keystone v3 as the browser reaches it: WebSSO redirects go there, callbacks must come from its origin. */
  publicUrl: string;
  /** The catalog region whose image endpoint the session uses; the first image endpoint when unset. */
  region?: string;
}

export interface CloudSettings {
  AVAILABLE_REGIONS?: string;
  KEYSTONE_URL: string;
  KEYSTONE_PUBLIC_URL?: string;
  OS_REGION?: string;
  GLANCE_URL?: string;
}

const LABEL = /^[^,=|#]{1,64}$/;
const REGION = /^[^,=|#]{1,255}$/;

function keystoneUrl(raw: string, entry: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`"${entry}": "${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${entry}": the Keystone URL must be http(s)`);
  if (url.search || url.username || url.password) throw new Error(`"${entry}": the Keystone URL must have no query or credentials`);
  return url.toString().replace(/\/+$/, '');
}

/** One `Label=<url>[#region][|<public url>]` entry. */
function parseEntry(entry: string, defaultRegion: string | undefined): Cloud {
  const index = entry.indexOf('=');
  const label = entry.slice(0, index).trim();
  if (index < 1 || !LABEL.test(label)) throw new Error(`"${entry}" is not Label=<Keystone v3 URL>[#region] (a label of 1-64 characters, without , = | #)`);
  const [target = '', publicPart, extra] = entry.slice(index + 1).split('|').map((part) => part.trim());
  if (extra !== undefined) throw new Error(`"${entry}" has more than one |`);
  const hash = target.indexOf('#');
  const region = hash < 0 ? defaultRegion : target.slice(hash + 1).trim();
  if (region !== undefined && !REGION.test(region)) throw new Error(`"${entry}": the region after # must be 1-255 characters`);
  const internal = keystoneUrl(hash < 0 ? target : target.slice(0, hash).trim(), entry);
  const cloud: Cloud = { label, keystoneUrl: internal, publicUrl: publicPart ? keystoneUrl(publicPart, entry) : internal };
  return region === undefined ? cloud : { ...cloud, region };
}

/** The configured clouds in display order; throws one message naming what is wrong. */
export function parseClouds(settings: CloudSettings): Cloud[] {
  const raw = settings.AVAILABLE_REGIONS?.trim();
  if (!raw) {
    const single = keystoneUrl(settings.KEYSTONE_URL, 'KEYSTONE_URL');
    const publicUrl = settings.KEYSTONE_PUBLIC_URL ? keystoneUrl(settings.KEYSTONE_PUBLIC_URL, 'KEYSTONE_PUBLIC_URL') : single;
    return [{ label: settings.OS_REGION ?? 'Default', keystoneUrl: single, publicUrl, ...(settings.OS_REGION ? { region: settings.OS_REGION } : {}) }];
  }
  // one fixed Glance for every choice would make the region choice a lie
  if (settings.GLANCE_URL) throw new Error('GLANCE_URL cannot be combined with AVAILABLE_REGIONS: each region’s Glance comes from its catalog');
  if (settings.KEYSTONE_PUBLIC_URL) throw new Error('KEYSTONE_PUBLIC_URL cannot be combined with AVAILABLE_REGIONS: give an entry its browser URL after |');
  const clouds = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => parseEntry(entry, settings.OS_REGION));
  const seen = new Set<string>();
  for (const { label } of clouds) {
    if (seen.has(label)) throw new Error(`the label "${label}" appears twice`);
    seen.add(label);
  }
  return clouds;
}
