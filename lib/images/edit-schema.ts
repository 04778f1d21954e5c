import { z } from 'zod';
import type { FieldErrors } from '@/lib/action-state';
import { CORE_IMAGE_KEYS, READ_ONLY_KEYS, RESERVED_PREFIX } from '@/lib/glance/constants';
import { IMAGE_LIMITS, PROPERTY_FIELDS, propertyKeyProblem, readPropertyRows, type PropertyKeyProblem, type PropertyKeyRules } from './image-fields';
import { wholeNumberSchema } from './whole-number';

const { name: NAME_MAX, tag: TAG_MAX, propertyKey: PROPERTY_KEY_MAX, propertyValue: PROPERTY_VALUE_MAX, shortText: SHORT_TEXT_MAX } = IMAGE_LIMITS;

export const isReservedKey = (key: string) => key.startsWith(RESERVED_PREFIX);

/** What Edit refuses as a custom property: every base attribute of the record, and its own fields. */
const EDIT_KEY_RULES: PropertyKeyRules = { setByGlance: READ_ONLY_KEYS, builtIn: CORE_IMAGE_KEYS, ownFields: new Set(PROPERTY_FIELDS) };

/** A key the custom-properties editor may add, change or remove. */
export function isEditablePropertyKey(key: string): boolean {
  return !propertyKeyProblem(key, EDIT_KEY_RULES);
}

const KEY_PROBLEM: Record<PropertyKeyProblem, (key: string) => string> = {
  reserved: () => 'Keys starting with “os_glance_” are reserved for Glance.',
  set_by_glance: (key) => `“${key}” is set by Glance and cannot be changed.`,
  built_in: () => 'This is a built-in field, not a custom property; it cannot be set here.',
  own_field: () => 'This property has its own field above.',
};

const propertyKeySchema = z
  .string()
  .trim()
  .min(1, 'Give the property a key.')
  .max(PROPERTY_KEY_MAX, `Keys are at most ${PROPERTY_KEY_MAX} characters.`)
  .superRefine((key, ctx) => {
    const problem = propertyKeyProblem(key, EDIT_KEY_RULES);
    if (problem) ctx.addIssue({ code: 'custom', message: KEY_PROBLEM[problem](key) });
  });

const shortText = (label: string) => z.string().trim().max(SHORT_TEXT_MAX, `${label} is at most ${SHORT_TEXT_MAX} characters.`);

export const editImageSchema = z.object({
  name: z.string().trim().min(1, 'Give the image a name.').max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`),
  description: z.string().max(PROPERTY_VALUE_MAX, 'The description is too long.'),
  min_disk: wholeNumberSchema('Minimum disk', 'GiB'),
  min_ram: wholeNumberSchema('Minimum RAM', 'MiB'),
  architecture: shortText('Architecture'),
  os_distro: shortText('OS distribution'),
  os_version: shortText('OS version'),
  protected: z.boolean(),
  tags: z
    .array(z.string().trim().min(1, 'Tags cannot be empty.').max(TAG_MAX, `Tags are at most ${TAG_MAX} characters.`))
    .max(IMAGE_LIMITS.tags, `At most ${IMAGE_LIMITS.tags} tags.`)
    .refine((tags) => new Set(tags).size === tags.length, 'Each tag only once.'),
  properties: z
    .array(z.object({ key: propertyKeySchema, value: z.string().max(PROPERTY_VALUE_MAX, 'This value is too long.') }))
    .max(IMAGE_LIMITS.properties, `At most ${IMAGE_LIMITS.properties} custom properties.`)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'This key is already used above.' });
        seen.add(row.key);
      });
    }),
});
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
    tags: formData.getAll('tag').map(String),
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
  const rows = input.properties.map((row, index) => ({ row, index })).filter(({ row }) => row.key.trim() || row.value);
  const result = editImageSchema.safeParse({ ...input, properties: rows.map(({ row }) => row) });
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    if (path[0] === 'properties' && path.length > 1) path[1] = String(rows[Number(path[1])]!.index);
    (fieldErrors[path.join('.')] ??= []).push(issue.message);
  }
  return { success: false, fieldErrors };
}
