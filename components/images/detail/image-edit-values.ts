import * as z from 'zod/mini';
import type { FieldErrors } from '@/lib/action-state';
import type { EditValues } from '@/lib/images/edit-patch';
import { parseEditForm } from '@/lib/images/edit-schema';
import { FIELD_LABELS } from '@/lib/images/image-fields';
import type { PropertyRow } from '@/components/images/form/image-properties-editor';
import { catalogConflicts, catalogErrorKey, catalogProblems, catalogRows, placeCatalogErrors, splitByCatalog, type CatalogValues } from '@/lib/images/catalog-values';
import type { MetadefField } from '@/lib/images/metadefs';

/**
 * The edit form's state: numbers as typed, free property rows with a stable id for React keys,
 * and the values of the keys the metadata catalog defines (in its typed fields, not in rows).
 */
export type FormValues = Omit<EditValues, 'min_disk' | 'min_ram' | 'properties'> & {
  min_disk: string;
  min_ram: string;
  properties: PropertyRow[];
  catalog: CatalogValues;
};

// what a draft read back from this tab's storage must look like to be restored
export const formValuesSchema: z.ZodMiniType<FormValues> = z.object({
  name: z.string(),
  description: z.string(),
  min_disk: z.string(),
  min_ram: z.string(),
  architecture: z.string(),
  os_distro: z.string(),
  os_version: z.string(),
  protected: z.boolean(),
  tags: z.array(z.string()),
  properties: z.array(z.object({ rowId: z.number(), key: z.string(), value: z.string() })),
  catalog: z.record(z.string(), z.string()),
});

/** The image's values as the form holds them: a key the catalog defines shows in its field only. */
export function toForm(values: EditValues, fields: ReadonlyMap<string, MetadefField>): FormValues {
  const { catalog, rows } = splitByCatalog(values.properties, fields);
  return {
    ...values,
    min_disk: String(values.min_disk),
    min_ram: String(values.min_ram),
    properties: rows.map((p, rowId) => ({ rowId, ...p })),
    catalog,
  };
}

/** Every property the form would post: the free rows in screen order, then the catalog's set values. */
const postedRows = (form: FormValues) => [...form.properties.map(({ key, value }) => ({ key, value })), ...catalogRows(form.catalog)];

/** The form as the values Glance would get; unparsable numbers count as unchanged for the preview. */
export function toValues(form: FormValues, baseline: EditValues): EditValues {
  const int = (text: string, fallback: number) => (/^\d+$/.test(text.trim()) ? Number(text) : fallback);
  return {
    ...form,
    name: form.name.trim(),
    min_disk: int(form.min_disk, baseline.min_disk),
    min_ram: int(form.min_ram, baseline.min_ram),
    properties: postedRows(form)
      .filter((p) => p.key.trim())
      .map(({ key, value }) => ({ key: key.trim(), value })),
  };
}

/**
 * Everything that keeps the form from being saved, keyed by field, as the user types: the same
 * check the server action runs, a tag typed but not added included (saving would silently drop it).
 */
export function editProblems(form: FormValues, tagDraft: string, fields: ReadonlyMap<string, MetadefField>, baseline: EditValues): FieldErrors {
  const rows = form.properties.map(({ key, value }) => ({ key, value }));
  const catalog = catalogRows(form.catalog);
  const conflicts = catalogConflicts(rows, catalog);
  // a key in both places is said once, next to its row (the schema would call it a repeated key)
  if (Object.keys(conflicts).length) return conflicts;
  const checked = parseEditForm({ ...form, new_tag: tagDraft, properties: [...rows, ...catalog] });
  const had = new Map(baseline.properties.map((p) => [p.key, p.value]));
  const schema = checked.success ? {} : placeCatalogErrors(checked.fieldErrors, rows.length, catalog);
  return { ...catalogProblems(fields, rows, catalog, (key, value) => had.get(key) === value), ...schema };
}

const PROBLEM_LABELS: Record<string, string> = { ...FIELD_LABELS, properties: 'Custom properties' };

/** "Property 3 key" for `properties.2.key`, the property key for `catalog.<key>`; field names for the rest. */
export function problemLabel(key: string): string {
  if (key.startsWith(catalogErrorKey(''))) return key.slice(catalogErrorKey('').length);
  const [field, index, part] = key.split('.');
  if (field === 'properties' && index !== undefined) return `Property ${Number(index) + 1} ${part ?? ''}`.trim();
  return PROBLEM_LABELS[field ?? ''] ?? key;
}
