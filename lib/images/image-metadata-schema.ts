import { z } from 'zod';
import type { PropertyRule } from './create-options';
import { FIELD_LABELS, FIELD_UNITS, IMAGE_LIMITS, PROPERTY_FIELDS, pendingTagProblem, propertyKeyProblem } from './image-fields';
import { wholeNumberSchema } from './whole-number';

/**
 * The metadata fields Create and Edit both post, as typed: one schema, so the limits and messages
 * are the same in both. `checkMetadata` adds the checks across fields; each form's schema is this
 * shape plus its own fields, refined with `checkMetadata` under its `MetadataRules`.
 */
export const metadataShape = {
  name: z.string().trim().min(1, 'Give the image a name.').max(IMAGE_LIMITS.name, `Names can be at most ${IMAGE_LIMITS.name} characters.`),
  // not trimmed: Edit compares it with the record as it is
  description: z.string(),
  architecture: z.string().trim(),
  os_distro: z.string().trim(),
  os_version: z.string().trim(),
  min_disk: wholeNumberSchema(FIELD_LABELS.min_disk, FIELD_UNITS.min_disk),
  min_ram: wholeNumberSchema(FIELD_LABELS.min_ram, FIELD_UNITS.min_ram),
  tags: z.array(z.string().trim()),
  new_tag: z.string(),
  /** Every row on screen, blank ones included, so problems are named by their row. */
  properties: z.array(z.object({ key: z.string().trim(), value: z.string() })),
};

/** What differs between the forms, as data. */
export interface MetadataRules {
  /** The fields the form shows for themselves (key → label): no custom property may take their key. */
  ownFields: Readonly<Record<string, string>>;
  /** Rules this Glance's schema declares for some properties (an enum, a pattern), where the form knows them. */
  valueRules?: Readonly<Record<string, PropertyRule>>;
}

type PropertyRow = { key: string; value: string };
/** The shape's output as a refinement sees it: a field that failed is missing. */
type MetadataDraft = Partial<{ [K in PropertyField | 'new_tag']: string } & { tags: string[]; properties: PropertyRow[] }>;
type PropertyField = (typeof PROPERTY_FIELDS)[number];

const utf8Length = (value: string) => new TextEncoder().encode(value).length;
const UUID_PATTERN = /\[0-9a-fA-F\]\)\{8\}-/;

/** Problems with one property's value under the rules this Glance's schema declares for it. */
export function propertyValueProblem(key: string, value: string, rule: PropertyRule | undefined): string | undefined {
  if (utf8Length(value) > IMAGE_LIMITS.propertyValue) return `Too long: at most ${IMAGE_LIMITS.propertyValue.toLocaleString('en')} bytes.`;
  if (!rule) return undefined;
  if (rule.enum && !rule.enum.includes(value)) return `Glance accepts only: ${rule.enum.join(', ')}.`;
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return `At most ${rule.maxLength} characters.`;
  if (rule.pattern && !new RegExp(rule.pattern).test(value)) {
    return UUID_PATTERN.test(rule.pattern) ? `${key} must be an ID (UUID).` : `Glance requires ${key} to match ${rule.pattern}.`;
  }
  return undefined;
}

/** Rows the user filled in; blank rows (Add property, then nothing typed) are no property. */
export const filledRows = (rows: readonly PropertyRow[]): PropertyRow[] => rows.filter((row) => row.key || row.value);

const issue = (ctx: z.RefinementCtx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

function tagsProblem(tags: string[], typed: string): string | undefined {
  const long = tags.find((tag) => tag.length > IMAGE_LIMITS.tag);
  if (long) return `Tags can be at most ${IMAGE_LIMITS.tag} characters (“${long.slice(0, 24)}…” is longer).`;
  if (tags.some((tag) => !tag)) return 'Tags cannot be empty.';
  if (new Set(tags).size !== tags.length) return 'Each tag only once.';
  if (tags.length > IMAGE_LIMITS.tags) return `At most ${IMAGE_LIMITS.tags} tags.`;
  return pendingTagProblem(typed, tags);
}

function checkRows(rows: PropertyRow[], rules: MetadataRules, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  rows.forEach(({ key, value }, index) => {
    if (!key && !value) return;
    const keyProblem = propertyKeyProblem(key, rules.ownFields) ?? (seen.has(key) ? 'This key is already used above.' : undefined);
    if (keyProblem) issue(ctx, ['properties', index, 'key'], keyProblem);
    const valueProblem = key ? propertyValueProblem(key, value, rules.valueRules?.[key]) : undefined;
    if (valueProblem) issue(ctx, ['properties', index, 'value'], valueProblem);
    seen.add(key);
  });
}

/**
 * The checks across the metadata fields, for `superRefine(…, { when: () => true })` so every
 * problem shows at once: tags, the values of the property fields, each custom property row (named
 * by its place on screen) and Glance's quota of properties.
 */
export function checkMetadata(data: MetadataDraft, rules: MetadataRules, ctx: z.RefinementCtx) {
  if (Array.isArray(data.tags)) {
    const problem = tagsProblem(data.tags, data.new_tag ?? '');
    if (problem) issue(ctx, ['tags'], problem);
  }
  let count = 0;
  for (const key of PROPERTY_FIELDS) {
    const value = data[key];
    if (!value) continue;
    count += 1;
    const problem = propertyValueProblem(key, value, rules.valueRules?.[key]);
    if (problem) issue(ctx, [key], problem);
  }
  if (!Array.isArray(data.properties)) return;
  checkRows(data.properties, rules, ctx);
  if (count + filledRows(data.properties).length > IMAGE_LIMITS.properties) {
    issue(ctx, ['properties'], `At most ${IMAGE_LIMITS.properties} properties, counting description and OS fields.`);
  }
}
