import { z } from 'zod';
import type { FieldErrors } from '@/lib/action-state';
import { RESERVED_PREFIX } from '@/lib/glance/constants';
import { FIELD_LABELS, propertyKeyProblem, readPropertyRows, readTags } from './image-fields';
import { checkMetadata, filledRows, metadataShape, type MetadataRules } from './image-metadata-schema';

export const isReservedKey = (key: string) => key.startsWith(RESERVED_PREFIX);

/** Edit shows only the shared metadata fields (formats and visibility have their own pages). */
const EDIT_RULES: MetadataRules = { ownFields: FIELD_LABELS };

/** A key the custom-properties editor may add, change or remove (and shows as a row). */
export function isEditablePropertyKey(key: string): boolean {
  return !propertyKeyProblem(key, EDIT_RULES.ownFields);
}

const omitNewTag = <T extends { new_tag: string }>(values: T): Omit<T, 'new_tag'> => {
  const rest: Partial<T> = { ...values };
  delete rest.new_tag;
  return rest as Omit<T, 'new_tag'>;
};

export const editImageSchema = z
  .object({ ...metadataShape, protected: z.boolean() })
  // runs even when a field failed (`when`), so every problem shows at once
  .superRefine((data, ctx) => checkMetadata(data, EDIT_RULES, ctx), { when: () => true })
  // what Glance may get: the fields, and the rows the user filled in (new_tag is refused above unless empty)
  .transform(({ properties, ...values }) => ({ ...omitNewTag(values), properties: filledRows(properties) }));
export type EditImageInput = z.infer<typeof editImageSchema>;

/**
 * What the form showed when it opened. Lenient on purpose: it mirrors the record as it was,
 * which may break today's limits; it only decides which fields the user changed.
 */
export const editBaselineSchema = z.object({
  name: z.string(),
  description: z.string(),
  min_disk: z.number(),
  min_ram: z.number(),
  architecture: z.string(),
  os_distro: z.string(),
  os_version: z.string(),
  protected: z.boolean(),
  tags: z.array(z.string()),
  properties: z.array(z.object({ key: z.string(), value: z.string() })),
});
export type EditBaseline = z.infer<typeof editBaselineSchema>;

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
};

/** The edit form's values as typed, before any check: what the browser holds and what it posts. */
export interface EditFormInput {
  name: string;
  description: string;
  min_disk: string;
  min_ram: string;
  architecture: string;
  os_distro: string;
  os_version: string;
  protected: boolean;
  tags: string[];
  /** Typed in the tag input but not added. */
  new_tag: string;
  /** Every row on screen, blank ones included, in order. */
  properties: { key: string; value: string }[];
}

/** The raw values the edit form posts, for `parseEditForm`. */
export function editInputFromFormData(formData: FormData): EditFormInput {
  return {
    name: text(formData, 'name'),
    description: text(formData, 'description'),
    min_disk: text(formData, 'min_disk'),
    min_ram: text(formData, 'min_ram'),
    architecture: text(formData, 'architecture'),
    os_distro: text(formData, 'os_distro'),
    os_version: text(formData, 'os_version'),
    protected: formData.get('protected') === 'on',
    ...readTags(formData),
    properties: readPropertyRows(formData),
  };
}

export type EditFormResult = { success: true; data: EditImageInput } | { success: false; fieldErrors: FieldErrors };

/**
 * Check the edit form: the browser runs it as the user types (so a problem shows next to its
 * field at once, whatever else changed) and the server action runs it again. Blank property
 * rows (Add property, then nothing typed) are skipped; errors name rows by their place on screen.
 */
export function parseEditForm(input: EditFormInput): EditFormResult {
  const result = editImageSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
  return { success: false, fieldErrors };
}
