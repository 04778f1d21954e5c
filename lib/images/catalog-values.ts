// How Create and Edit hold and post the metadata catalog's values beside the free-text property
// rows: one source of truth per key. A key the catalog defines is edited in its typed field; a
// free row may still name it (the catalog's check applies to the row), but a key set in both
// places is refused next to the row. Pure and client-safe: the browser runs it before sending,
// the server actions run it again (lib/data/metadefs.ts `catalogRefusals`).
import type { ActionState, FieldErrors } from '@/lib/action-state';
import { FIELD_LABELS, propertyKeyProblem, readCatalogRows, readFreeRows } from './image-fields';
import { catalogRowProblems, type CatalogGroup, type MetadefField } from './metadefs';

export interface PropertyPair {
  key: string;
  value: string;
}

/** The catalog's values by property key ('' or absent: not set). */
export type CatalogValues = Record<string, string>;

/** Where a catalog field's error is kept in a form's field errors. */
export const catalogErrorKey = (key: string) => `catalog.${key}`;

/**
 * The catalog as the forms offer it: without keys a form shows as fields of its own (os_distro:
 * the OS distribution field) or that Glance sets itself, and without namespaces left empty.
 */
export function catalogForForms(groups: CatalogGroup[]): CatalogGroup[] {
  return groups.flatMap((group) => {
    const fields = group.fields.filter((field) => !propertyKeyProblem(field.key, FIELD_LABELS));
    return fields.length ? [{ ...group, fields }] : [];
  });
}

/** The set values as rows, in the order they are posted. */
export function catalogRows(values: CatalogValues): PropertyPair[] {
  return Object.entries(values)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ({ key, value }));
}

/** An image's properties split: keys the catalog defines go to its typed fields, the others stay free rows. */
export function splitByCatalog<T extends PropertyPair>(properties: T[], fields: ReadonlyMap<string, MetadefField>): { catalog: CatalogValues; rows: T[] } {
  const catalog: CatalogValues = {};
  const rows: T[] = [];
  for (const property of properties) {
    if (fields.has(property.key)) catalog[property.key] = property.value;
    else rows.push(property);
  }
  return { catalog, rows };
}

/** Free rows whose key the catalog also sets: refused next to the row's key, the catalog's value stays. */
export function catalogConflicts(rows: PropertyPair[], catalog: PropertyPair[]): FieldErrors {
  const set = new Set(catalog.filter((pair) => pair.value !== '').map((pair) => pair.key));
  const errors: FieldErrors = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (key && set.has(key)) errors[`properties.${index}.key`] = [`${key} is also set in the metadata catalog. Keep one: remove this row or clear the catalog’s field.`];
  });
  return errors;
}

const ROW_ERROR = /^properties\.(\d+)\.(key|value)$/;

/**
 * Errors keyed by the place of a posted row (`properties.<n>.key|value`, the free rows first, then
 * the catalog's values, as `readPropertyRows` reads them): those past the free rows move to their
 * catalog field (`catalog.<key>`).
 */
export function placeCatalogErrors(errors: FieldErrors, freeCount: number, catalog: PropertyPair[]): FieldErrors {
  const placed: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const match = ROW_ERROR.exec(key);
    const index = match ? Number(match[1]) : -1;
    const pair = index >= freeCount ? catalog[index - freeCount] : undefined;
    const target = pair ? catalogErrorKey(pair.key) : key;
    placed[target] = [...(placed[target] ?? []), ...(messages ?? [])];
  }
  return placed;
}

/** A refused form's row errors (schema checks over every posted row) with the catalog's moved to its fields. */
export function placeRowErrors<T>(state: ActionState<T>, formData: FormData): ActionState<T> {
  if (state.status !== 'error' || !state.fieldErrors) return state;
  return { ...state, fieldErrors: placeCatalogErrors(state.fieldErrors, readFreeRows(formData).length, readCatalogRows(formData)) };
}

/** A form's errors for the catalog, by property key (what `MetadataCatalog` takes). */
export function catalogErrorsOf(errors: FieldErrors): Record<string, string[] | undefined> {
  const prefix = catalogErrorKey('');
  return Object.fromEntries(Object.entries(errors).flatMap(([key, messages]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), messages]] : [])));
}

/**
 * What keeps the form from being sent, as far as the catalog goes: a key set in both places, and
 * each value (catalog field or free row naming a catalog key) the catalog refuses. `unchanged`
 * skips values the image already had (a legacy value does not block an unrelated edit).
 */
export function catalogProblems(
  fields: ReadonlyMap<string, MetadefField>,
  rows: PropertyPair[],
  catalog: PropertyPair[],
  unchanged?: (key: string, value: string) => boolean,
): FieldErrors {
  const values = placeCatalogErrors(catalogRowProblems(fields, [...rows, ...catalog], unchanged), rows.length, catalog);
  return { ...values, ...catalogConflicts(rows, catalog) };
}
