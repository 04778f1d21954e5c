/** Where the admin's metadata-definition pages live; a namespace name is one path segment. */
export const METADEFS_HREF = '/admin/metadefs';
export const namespaceHref = (namespace: string) => `${METADEFS_HREF}/${encodeURIComponent(namespace)}`;
export const propertyEditHref = (namespace: string, name: string) => `${namespaceHref(namespace)}/properties/${encodeURIComponent(name)}/edit`;

/** A route segment back to the name: Next hands it over percent-encoded or decoded, depending on the characters. */
export function fromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
