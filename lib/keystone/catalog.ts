import type { CatalogEntry } from './schemas';

/** The URL of a service in a Keystone catalog, for one interface and (optionally) region. */
export function findEndpoint(
  catalog: CatalogEntry[] | undefined,
  type: string,
  iface: 'public' | 'internal' | 'admin',
  region?: string,
): string | undefined {
  const service = catalog?.find((entry) => entry.type === type);
  const endpoint = service?.endpoints.find(
    (ep) => ep.interface === iface && (!region || ep.region_id === region || ep.region === region),
  );
  return endpoint?.url.replace(/\/+$/, '');
}
