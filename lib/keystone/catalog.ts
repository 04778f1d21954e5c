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

/** Every region's URL of a service for one interface, as `{ region, url }`, in catalog order. */
export function regionEndpoints(catalog: CatalogEntry[] | undefined, type: string, iface: 'public' | 'internal' | 'admin'): { region: string; url: string }[] {
  const service = catalog?.find((entry) => entry.type === type);
  return (service?.endpoints ?? [])
    .filter((ep) => ep.interface === iface && (ep.region_id ?? ep.region))
    .map((ep) => ({ region: (ep.region_id ?? ep.region)!, url: ep.url.replace(/\/+$/, '') }));
}
