import * as z from 'zod/mini';
import type { FieldErrors } from '@/lib/action-state';
import type { EditValues } from '@/lib/images/edit-patch';
import { parseEditForm } from '@/lib/images/edit-schema';
import { FIELD_LABELS } from '@/lib/images/image-fields';
import type { PropertyRow } from '@/components/images/form/image-properties-editor';

/** The edit form's state: numbers as typed, property rows with a stable id for React keys. */
export type FormValues = Omit<EditValues, 'min_disk' | 'min_ram' | 'properties'> & { min_disk: string; min_ram: string; properties: PropertyRow[] };

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
});

export function toForm(values: EditValues): FormValues {
  return {
    ...values,
    min_disk: String(values.min_disk),
    min_ram: String(values.min_ram),
    properties: values.properties.map((p, rowId) => ({ rowId, ...p })),
  };
}

/** The form as the values Glance would get; unparsable numbers count as unchanged for the preview. */
export function toValues(form: FormValues, baseline: EditValues): EditValues {
  const int = (text: string, fallback: number) => (/^\d+$/.test(text.trim()) ? Number(text) : fallback);
  return {
    ...form,
    name: form.name.trim(),
    min_disk: int(form.min_disk, baseline.min_disk),
    min_ram: int(form.min_ram, baseline.min_ram),
    properties: form.properties.filter((p) => p.key.trim()).map(({ key, value }) => ({ key: key.trim(), value })),
  };
}

/**
 * Everything that keeps the form from being saved, keyed by field, as the user types: the same
 * check the server action runs, a tag typed but not added included (saving would silently drop it).
 */
export function editProblems(form: FormValues, tagDraft: string): FieldErrors {
  const checked = parseEditForm({ ...form, new_tag: tagDraft, properties: form.properties.map(({ key, value }) => ({ key, value })) });
  return checked.success ? {} : checked.fieldErrors;
}

const PROBLEM_LABELS: Record<string, string> = { ...FIELD_LABELS, properties: 'Custom properties' };

/** "Property 3 key" for `properties.2.key`; field names for the rest. */
export function problemLabel(key: string): string {
  const [field, index, part] = key.split('.');
  if (field === 'properties' && index !== undefined) return `Property ${Number(index) + 1} ${part ?? ''}`.trim();
  return PROBLEM_LABELS[field ?? ''] ?? key;
}
