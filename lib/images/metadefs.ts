// Glance's metadata definitions as form fields: each namespace property's JSON-Schema fragment
// (type, enum, minimum/maximum, pattern, maxLength, items.enum) becomes a field model the
// "Metadata catalog" renders and a value check both the browser and the server run. Pure and
// client-safe. Image properties are strings in Glance, so every value here is a string:
// booleans "true"/"false", arrays comma-joined (as Horizon's metadata widget writes them).

/** A property schema as Glance's metadefs API gives it (only the keys a field needs). */
export interface PropertySchema {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  readonly?: boolean;
  items?: { type?: string; enum?: unknown[] };
}

interface FieldBase {
  /** The image property key, prefix included (hw_disk_bus). */
  key: string;
  title: string;
  description?: string;
  /** The schema's default, shown as a hint (Glance does not apply it). */
  defaultValue?: string;
}

export type MetadefField = FieldBase &
  (
    | { kind: 'select'; options: string[] }
    | { kind: 'boolean' }
    | { kind: 'integer' | 'number'; minimum?: number; maximum?: number }
    | { kind: 'text'; pattern?: string; minLength?: number; maxLength?: number }
    | { kind: 'multi'; options: string[] }
    | { kind: 'list' }
  );

const asText = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : Array.isArray(value) ? value.map(String).join(',') : String(value);

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The field for one property; `key` is the name as set on an image (with the namespace's prefix). */
export function toField(key: string, schema: PropertySchema): MetadefField {
  const base: FieldBase = {
    key,
    title: schema.title?.trim() || key,
    ...(schema.description?.trim() ? { description: schema.description.trim() } : {}),
    ...(asText(schema.default) !== undefined ? { defaultValue: asText(schema.default) } : {}),
  };
  const options = (schema.enum ?? []).filter((v) => v !== null && v !== undefined).map(String);
  switch (schema.type) {
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'integer':
    case 'number':
      if (options.length) return { ...base, kind: 'select', options };
      return { ...base, kind: schema.type, minimum: finite(schema.minimum), maximum: finite(schema.maximum) };
    case 'array': {
      const itemOptions = (schema.items?.enum ?? []).map(String);
      return itemOptions.length ? { ...base, kind: 'multi', options: itemOptions } : { ...base, kind: 'list' };
    }
    default:
      if (options.length) return { ...base, kind: 'select', options };
      return {
        ...base,
        kind: 'text',
        pattern: schema.pattern || undefined,
        minLength: finite(schema.minLength),
        maxLength: finite(schema.maxLength),
      };
  }
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** JSON Schema's `pattern` searches (unanchored); a pattern JavaScript cannot compile is not checked. */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true;
  }
}

/** The values of an array field as posted (comma-separated), trimmed, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Why `value` does not fit `field`, in a sentence naming the field, or undefined when it fits.
 * An empty value means "not set" and always fits.
 */
export function metadefValueProblem(field: MetadefField, value: string): string | undefined {
  if (value === '') return undefined;
  const name = field.title;
  switch (field.kind) {
    case 'select':
      return field.options.includes(value) ? undefined : `${name} must be one of: ${field.options.join(', ')}.`;
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : `${name} must be true or false.`;
    case 'integer':
    case 'number': {
      const pattern = field.kind === 'integer' ? INTEGER : NUMBER;
      if (!pattern.test(value.trim())) return `${name} must be ${field.kind === 'integer' ? 'a whole number' : 'a number'}.`;
      const n = Number(value);
      if (field.minimum !== undefined && n < field.minimum) return `${name} must be at least ${field.minimum}${rangeText(field)}.`;
      if (field.maximum !== undefined && n > field.maximum) return `${name} must be at most ${field.maximum}${rangeText(field)}.`;
      return undefined;
    }
    case 'text':
      if (field.maxLength !== undefined && value.length > field.maxLength) return `${name} must be at most ${field.maxLength} characters.`;
      if (field.minLength !== undefined && value.length < field.minLength) return `${name} must be at least ${field.minLength} characters.`;
      if (field.pattern && !matches(field.pattern, value)) return `${name} does not have the expected form (pattern ${field.pattern}).`;
      return undefined;
    case 'multi': {
      const unknown = splitList(value).filter((part) => !field.options.includes(part));
      return unknown.length ? `${name} accepts only: ${field.options.join(', ')} (not ${unknown.join(', ')}).` : undefined;
    }
    case 'list':
      return undefined;
  }
}

function rangeText(field: { minimum?: number; maximum?: number }): string {
  if (field.minimum !== undefined && field.maximum !== undefined) return ` (allowed: ${field.minimum} to ${field.maximum})`;
  return '';
}

/** A namespace as the catalog shows it: its title, description and fields (objects' properties included). */
export interface CatalogGroup {
  namespace: string;
  title: string;
  description?: string;
  fields: MetadefField[];
}

/** What the catalog needs of a namespace read with `resource_type=OS::Glance::Image` (names already prefixed). */
export interface CatalogSource {
  namespace: string;
  display_name?: string;
  description?: string;
  properties?: Record<string, PropertySchema>;
  objects?: { name: string; properties?: Record<string, PropertySchema> }[];
}

/** Namespaces → groups sorted by title; a key defined twice is offered once (first namespace wins), read-only ones not at all. */
export function buildCatalog(sources: CatalogSource[]): CatalogGroup[] {
  const seen = new Set<string>();
  const groups: CatalogGroup[] = [];
  const sorted = [...sources].sort((a, b) => (a.display_name || a.namespace).localeCompare(b.display_name || b.namespace));
  for (const source of sorted) {
    const entries = [
      ...Object.entries(source.properties ?? {}),
      ...(source.objects ?? []).flatMap((object) => Object.entries(object.properties ?? {})),
    ];
    const fields: MetadefField[] = [];
    for (const [key, schema] of entries) {
      if (seen.has(key) || schema.readonly) continue;
      seen.add(key);
      fields.push(toField(key, schema));
    }
    if (fields.length === 0) continue;
    groups.push({
      namespace: source.namespace,
      title: source.display_name?.trim() || source.namespace,
      ...(source.description?.trim() ? { description: source.description.trim() } : {}),
      fields,
    });
  }
  return groups;
}

/**
 * The groups and fields matching `query` (case-insensitive, in the key, title or description of a
 * field, or the namespace's name or title: a namespace match keeps all its fields).
 */
export function searchCatalog(groups: CatalogGroup[], query: string): CatalogGroup[] {
  const q = query.trim().toLowerCase();
  if (!q) return groups;
  const has = (text: string | undefined) => !!text && text.toLowerCase().includes(q);
  return groups.flatMap((group) => {
    if (has(group.title) || has(group.namespace)) return [group];
    const fields = group.fields.filter((field) => has(field.key) || has(field.title) || has(field.description));
    return fields.length ? [{ ...group, fields }] : [];
  });
}

/** Every catalog field by its key. */
export function catalogFields(groups: CatalogGroup[]): Map<string, MetadefField> {
  return new Map(groups.flatMap((group) => group.fields.map((field) => [field.key, field] as const)));
}

/** What a field accepts, in a few words (hints and the admin's property list). */
export function describeField(field: MetadefField): string {
  switch (field.kind) {
    case 'select':
      return `One of: ${field.options.join(', ')}`;
    case 'boolean':
      return 'Yes or no';
    case 'integer':
    case 'number': {
      const what = field.kind === 'integer' ? 'Whole number' : 'Number';
      if (field.minimum !== undefined && field.maximum !== undefined) return `${what} from ${field.minimum} to ${field.maximum}`;
      if (field.minimum !== undefined) return `${what}, at least ${field.minimum}`;
      if (field.maximum !== undefined) return `${what}, at most ${field.maximum}`;
      return what;
    }
    case 'text': {
      const parts = ['Text'];
      if (field.maxLength !== undefined) parts.push(`up to ${field.maxLength} characters`);
      if (field.pattern) parts.push(`matching ${field.pattern}`);
      return parts.join(', ');
    }
    case 'multi':
      return `Any of: ${field.options.join(', ')}`;
    case 'list':
      return 'Comma-separated list';
  }
}

/**
 * For the forms' property rows (screen order): each value the catalog defines and refuses, keyed
 * `properties.<row>.value` as both forms show their row errors. `unchanged` skips rows that only
 * keep a value the image already had (a legacy value does not block an unrelated edit).
 */
export function catalogRowProblems(
  fields: ReadonlyMap<string, MetadefField>,
  rows: { key: string; value: string }[],
  unchanged: (key: string, value: string) => boolean = () => false,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    const field = fields.get(key);
    if (!field || unchanged(key, row.value)) return;
    const problem = metadefValueProblem(field, row.value);
    if (problem) problems[`properties.${index}.value`] = [problem];
  });
  return problems;
}
