import { z } from 'zod';

// Administrators' side of Glance's metadata definitions: the namespace file format (Glance's
// etc/metadefs/*.json, what `glance-manage db_load_metadefs` loads), the namespace and property
// forms, and the body each sends. Pure; the limits are Glance's /v2/schemas/metadefs/namespace.

export const METADEF_LIMITS = { namespace: 80, displayName: 80, description: 500, propertyName: 80 } as const;
export const METADEF_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'] as const;
export const METADEF_FORM_TYPES = ['string', 'integer', 'number', 'boolean', 'array'] as const;

/** A namespace name is part of every URL of it: no slashes, spaces or other separators. */
const NAMESPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const NAMESPACE_NAME_MESSAGE = 'Use letters, digits and : . _ - only (for example OS::Compute::Example), starting with a letter or digit.';
const PROPERTY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const PROPERTY_NAME_MESSAGE = 'Use letters, digits and : . _ - only, starting with a letter or digit.';

const count = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more');
const stringList = z.array(z.string({ error: 'must be a list of text values' }), { error: 'must be a list of text values' });

/** One property of a namespace file; `title` and `type` are required by Glance. */
export const propertyFileSchema = z.strictObject({
  name: z.string().max(METADEF_LIMITS.propertyName, `must be at most ${METADEF_LIMITS.propertyName} characters`).optional(),
  title: z.string({ error: 'is required (text)' }),
  type: z.enum(METADEF_TYPES, { error: `must be one of ${METADEF_TYPES.join(', ')}` }),
  description: z.string({ error: 'must be text' }).optional(),
  operators: stringList.optional(),
  required: stringList.optional(),
  enum: z.array(z.unknown(), { error: 'must be a list of values' }).optional(),
  default: z.unknown().optional(),
  readonly: z.boolean({ error: 'must be true or false' }).optional(),
  minimum: z.number({ error: 'must be a number' }).optional(),
  maximum: z.number({ error: 'must be a number' }).optional(),
  minLength: count.optional(),
  maxLength: count.optional(),
  pattern: z.string({ error: 'must be text (a regular expression)' }).optional(),
  items: z
    .strictObject({
      type: z.enum(METADEF_TYPES, { error: `must be one of ${METADEF_TYPES.join(', ')}` }).optional(),
      enum: z.array(z.unknown(), { error: 'must be a list of values' }).optional(),
    }, { error: 'must be an object' })
    .optional(),
  minItems: count.optional(),
  maxItems: count.optional(),
  uniqueItems: z.boolean({ error: 'must be true or false' }).optional(),
  additionalItems: z.boolean({ error: 'must be true or false' }).optional(),
}, { error: 'must be an object with at least "title" and "type"' });
export type PropertyFile = z.infer<typeof propertyFileSchema>;

const properties = z.record(z.string(), propertyFileSchema, { error: 'must be an object of properties by name' });

/** A namespace file, as Glance ships them; anything else at the top is refused (Glance would too). */
export const namespaceFileSchema = z.strictObject({
  namespace: z
    .string({ error: 'is required (text)' })
    .min(1, 'is required')
    .max(METADEF_LIMITS.namespace, `must be at most ${METADEF_LIMITS.namespace} characters`)
    .regex(NAMESPACE_NAME, NAMESPACE_NAME_MESSAGE),
  display_name: z.string({ error: 'must be text' }).max(METADEF_LIMITS.displayName, `must be at most ${METADEF_LIMITS.displayName} characters`).optional(),
  description: z.string({ error: 'must be text' }).max(METADEF_LIMITS.description, `must be at most ${METADEF_LIMITS.description} characters`).optional(),
  visibility: z.enum(['public', 'private'], { error: 'must be public or private' }).optional(),
  protected: z.boolean({ error: 'must be true or false' }).optional(),
  resource_type_associations: z
    .array(
      z.strictObject({
        name: z.string({ error: 'is required (text)' }),
        prefix: z.string({ error: 'must be text' }).optional(),
        properties_target: z.string({ error: 'must be text' }).optional(),
      }, { error: 'must be an object with a "name"' }),
      { error: 'must be a list' },
    )
    .optional(),
  properties: properties.optional(),
  objects: z
    .array(
      z.strictObject({
        name: z.string({ error: 'is required (text)' }),
        description: z.string({ error: 'must be text' }).optional(),
        required: stringList.optional(),
        properties: properties.optional(),
      }, { error: 'must be an object with a "name"' }),
      { error: 'must be a list' },
    )
    .optional(),
  tags: z.array(z.strictObject({ name: z.string({ error: 'is required (text)' }) }, { error: 'must be an object with a "name"' }), { error: 'must be a list' }).optional(),
}, { error: 'must be a JSON object' });
export type NamespaceFile = z.infer<typeof namespaceFileSchema>;

export interface FileProblem {
  /** Where in the file, e.g. properties.hw_disk_bus.type ("file" for the whole file). */
  path: string;
  message: string;
}

/** A zod issue path as a person reads it: `objects[0].properties.x.type`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || 'file';
}

/** Every problem of a zod error, one per field (unknown keys each named). */
export function fileProblems(error: z.ZodError): FileProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: fieldPath([...issue.path, key]), message: 'is not a field of a namespace file' }))
      : [{ path: fieldPath(issue.path), message: issue.message }],
  );
}

/** A namespace file's text → the namespace to create, or every problem with the field named. */
export function parseNamespaceFile(text: string): { ok: true; namespace: NamespaceFile } | { ok: false; problems: FileProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: 'file', message: `is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})` }] };
  }
  const parsed = namespaceFileSchema.safeParse(json);
  return parsed.success ? { ok: true, namespace: parsed.data } : { ok: false, problems: fileProblems(parsed.error) };
}

/** Why a protected namespace has no working Delete, and the way out. */
export const protectedNamespaceMessage = (namespace: string) =>
  `${namespace} is protected, so it cannot be deleted. Edit it and untick “Protected” first.`;

/** Glance refuses to delete a property of a protected namespace (adding and editing are allowed). */
export const protectedPropertyMessage = (namespace: string) =>
  `${namespace} is protected: its properties can be added and edited, not deleted. Edit the namespace and untick “Protected” first.`;

// ---- the forms ----------------------------------------------------------------------------

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters.`);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

/** Create and Edit namespace forms (the name only on Create: Glance's PUT could rename, Iris does not). */
export const namespaceFormSchema = z.object({
  namespace: z
    .string()
    .trim()
    .min(1, 'Enter a namespace name.')
    .max(METADEF_LIMITS.namespace, `The name must be at most ${METADEF_LIMITS.namespace} characters.`)
    .refine((value) => value === '' || NAMESPACE_NAME.test(value), NAMESPACE_NAME_MESSAGE),
  display_name: text(METADEF_LIMITS.displayName, 'The display name'),
  description: text(METADEF_LIMITS.description, 'The description'),
  visibility: z.enum(['public', 'private'], { error: 'Choose public or private.' }),
  protected: checkbox,
  /** Create only: the prefix image properties of this namespace carry (hw_, os_…); empty for none. */
  image_prefix: z.string().trim().max(40, 'The prefix must be at most 40 characters.').regex(/^[A-Za-z0-9_:.-]*$/, 'The prefix may hold letters, digits and : . _ - only.').optional(),
});
export type NamespaceForm = z.infer<typeof namespaceFormSchema>;

const IMAGE_RESOURCE_TYPE = 'OS::Glance::Image';

/** The POST body of a new namespace, associated with images (with the prefix, if any). */
export function namespaceCreateBody(form: NamespaceForm): Record<string, unknown> {
  return {
    ...namespaceUpdateBody(form),
    resource_type_associations: [{ name: IMAGE_RESOURCE_TYPE, ...(form.image_prefix ? { prefix: form.image_prefix } : {}) }],
  };
}

/** The PUT body: Glance replaces the namespace's own fields, so every one is sent (blank ones left out = cleared). */
export function namespaceUpdateBody(form: NamespaceForm): Record<string, unknown> {
  return {
    namespace: form.namespace,
    ...(form.display_name ? { display_name: form.display_name } : {}),
    ...(form.description ? { description: form.description } : {}),
    visibility: form.visibility,
    protected: form.protected,
  };
}

const optionalNumber = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || Number.isFinite(Number(value)), `${label} must be a number.`)
    .transform((value) => (value === '' ? undefined : Number(value)));

const optionalCount = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || /^\d+$/.test(value), `${label} must be a whole number, 0 or more.`)
    .transform((value) => (value === '' ? undefined : Number(value)));

/** One choice per line (or comma-separated), blanks dropped. */
const choices = z
  .string()
  .transform((value) => value.split(/[\n,]/).map((choice) => choice.trim()).filter(Boolean));

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The property form (Create and Edit). */
export const propertyFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the property name.')
      .max(METADEF_LIMITS.propertyName, `The name must be at most ${METADEF_LIMITS.propertyName} characters.`)
      .refine((value) => value === '' || PROPERTY_NAME.test(value), PROPERTY_NAME_MESSAGE),
    title: z.string().trim().min(1, 'Enter a title: it labels the field in Create and Edit.').max(255, 'The title must be at most 255 characters.'),
    description: z.string().trim().max(2000, 'The description must be at most 2000 characters.'),
    type: z.enum(METADEF_FORM_TYPES, { error: `Choose a type: ${METADEF_FORM_TYPES.join(', ')}.` }),
    enum: choices,
    minimum: optionalNumber('The minimum'),
    maximum: optionalNumber('The maximum'),
    pattern: z.string().trim().refine((value) => value === '' || compiles(value), 'This is not a regular expression this browser understands.'),
    maxLength: optionalCount('The maximum length'),
  })
  .superRefine((form, ctx) => {
    if (form.minimum !== undefined && form.maximum !== undefined && form.minimum > form.maximum)
      ctx.addIssue({ code: 'custom', path: ['maximum'], message: 'The maximum must not be below the minimum.' });
    if (form.type === 'integer' && form.enum.some((choice) => !/^[+-]?\d+$/.test(choice)))
      ctx.addIssue({ code: 'custom', path: ['enum'], message: 'Choices of an integer property must be whole numbers.' });
    if (form.type === 'number' && form.enum.some((choice) => !Number.isFinite(Number(choice))))
      ctx.addIssue({ code: 'custom', path: ['enum'], message: 'Choices of a number property must be numbers.' });
    if (form.type === 'boolean' && form.enum.length)
      ctx.addIssue({ code: 'custom', path: ['enum'], message: 'A yes/no property has no choices: leave this empty.' });
  });
export type PropertyForm = z.infer<typeof propertyFormSchema>;

/** The property body Glance stores; choices of an array property go to `items.enum`. */
export function propertyBody(form: PropertyForm): Record<string, unknown> & { name: string } {
  const numeric = form.type === 'integer' || form.type === 'number';
  const choiceValues = numeric ? form.enum.map(Number) : form.enum;
  return {
    name: form.name,
    title: form.title,
    type: form.type,
    ...(form.description ? { description: form.description } : {}),
    ...(form.type === 'array'
      ? { items: { type: 'string', ...(form.enum.length ? { enum: form.enum } : {}) } }
      : form.enum.length && form.type !== 'boolean'
        ? { enum: choiceValues }
        : {}),
    ...(numeric && form.minimum !== undefined ? { minimum: form.minimum } : {}),
    ...(numeric && form.maximum !== undefined ? { maximum: form.maximum } : {}),
    ...(form.type === 'string' && form.pattern ? { pattern: form.pattern } : {}),
    ...(form.type === 'string' && form.maxLength !== undefined ? { maxLength: form.maxLength } : {}),
  };
}

/** A stored property as the form's initial values. */
export function propertyFormValues(name: string, property: { type?: string; title?: string; description?: string; enum?: unknown[]; minimum?: number; maximum?: number; pattern?: string; maxLength?: number; items?: { enum?: unknown[] } }): Record<string, string> {
  const list = property.type === 'array' ? property.items?.enum : property.enum;
  return {
    name,
    title: property.title ?? '',
    description: property.description ?? '',
    type: property.type ?? 'string',
    enum: (list ?? []).map(String).join('\n'),
    minimum: property.minimum === undefined ? '' : String(property.minimum),
    maximum: property.maximum === undefined ? '' : String(property.maximum),
    pattern: property.pattern ?? '',
    maxLength: property.maxLength === undefined ? '' : String(property.maxLength),
  };
}
