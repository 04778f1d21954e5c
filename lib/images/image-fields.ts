import { CORE_IMAGE_KEYS, READ_ONLY_KEYS, RESERVED_KEYS, RESERVED_PREFIX } from '@/lib/glance/constants';
import { listInWords } from '@/lib/words';
import { GLANCE_INTEGER_MAX } from './whole-number';

/**
 * The field model of an image's metadata, one for the Create and Edit forms: Glance's limits, the
 * fields' names and wording, the form names they post under and the rules for custom property keys.
 *
 * Glance's limits: `name` and tags have maxLength 255 in /v2/schemas/image; property keys are
 * String(255) columns, values a TEXT column (65,535 bytes in MySQL/MariaDB); image_tag_quota and
 * image_property_quota default to 128 (a cloud may set them lower, and Glance then says so);
 * min_disk/min_ram are 32-bit integer columns.
 */
export const IMAGE_LIMITS = {
  name: 255,
  tag: 255,
  tags: 128,
  properties: 128,
  propertyKey: 255,
  propertyValue: 65_535,
  integer: GLANCE_INTEGER_MAX,
  url: 2_048,
} as const;

/** Properties both forms show as fields of their own (glance-common's schema names them). */
export const PROPERTY_FIELDS = ['description', 'architecture', 'os_distro', 'os_version'] as const;
export type PropertyField = (typeof PROPERTY_FIELDS)[number];

/** Every metadata field both forms show, with the one name it has on screen and in messages. */
export const FIELD_LABELS = {
  name: 'Name',
  description: 'Description',
  architecture: 'Architecture',
  os_distro: 'OS distribution',
  os_version: 'OS version',
  min_disk: 'Minimum disk',
  min_ram: 'Minimum RAM',
  protected: 'Protected',
  tags: 'Tags',
} as const;
export type MetadataField = keyof typeof FIELD_LABELS;

/** Glance's units: min_disk in GiB (Nova compares it with the flavor's disk), min_ram in MiB. */
export const FIELD_UNITS = { min_disk: 'GiB', min_ram: 'MiB' } as const;

/** The names the forms post: each tag as a repeated `tag`, property rows as parallel lists. */
export const FORM_NAMES = {
  tag: 'tag',
  /** What is typed in the tag input but not added yet (a form refuses to save while it is there). */
  newTag: 'new_tag',
  propertyKey: 'property_key',
  propertyValue: 'property_value',
  /** The metadata catalog's set values (typed fields), parallel lists like the rows. */
  catalogKey: 'catalog_key',
  catalogValue: 'catalog_value',
} as const;

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value : '');

function readPairs(formData: FormData, keyName: string, valueName: string): { key: string; value: string }[] {
  const keys = formData.getAll(keyName).map(text);
  const values = formData.getAll(valueName).map(text);
  return keys.map((key, index) => ({ key, value: values[index] ?? '' }));
}

/** The free-text property rows a form posted, blank ones included, in screen order. */
export function readFreeRows(formData: FormData): { key: string; value: string }[] {
  return readPairs(formData, FORM_NAMES.propertyKey, FORM_NAMES.propertyValue);
}

/** The metadata catalog's values a form posted (only the set ones are posted). */
export function readCatalogRows(formData: FormData): { key: string; value: string }[] {
  return readPairs(formData, FORM_NAMES.catalogKey, FORM_NAMES.catalogValue);
}

/**
 * Every property a form posted, as one list of rows: the free-text rows in screen order, then the
 * metadata catalog's values. Errors keyed `properties.<n>` past the free rows belong to the
 * catalog (`placeCatalogErrors` in catalog-values.ts moves them there).
 */
export function readPropertyRows(formData: FormData): { key: string; value: string }[] {
  return [...readFreeRows(formData), ...readCatalogRows(formData)];
}

/** The tags a form posted, and what was typed but not added. */
export function readTags(formData: FormData): { tags: string[]; new_tag: string } {
  return { tags: formData.getAll(FORM_NAMES.tag).map(text), new_tag: text(formData.get(FORM_NAMES.newTag)) };
}

/** The tags in what was typed in the tag input (commas separate them), trimmed, each once. */
export function splitTags(typed: string): string[] {
  return [...new Set(typed.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** Why text left in the tag input keeps a form from saving (it would be silently dropped), or undefined. */
export function pendingTagProblem(typed: string, tags: readonly string[]): string | undefined {
  const pending = splitTags(typed);
  if (!pending.length) return undefined;
  const list = listInWords(pending.map((tag) => `“${tag}”`));
  return pending.every((tag) => tags.includes(tag))
    ? `${list} ${pending.length === 1 ? 'is already a tag' : 'are already tags'} of this image: clear the field.`
    : `Add ${list} with Add tag (or Enter), or clear the field.`;
}

/**
 * Keys no form may set as a custom property: Glance sets them itself (read-only, 403) or refuses
 * them as reserved (403) on create and on update alike (glance/api/v2/images.py).
 */
const SET_BY_GLANCE: ReadonlySet<string> = new Set([...READ_ONLY_KEYS, ...RESERVED_KEYS]);

/**
 * Why `key` cannot be a custom property, or undefined when it can. `ownFields` (key → label) are
 * the fields the form shows for themselves: the one thing that differs between Create and Edit.
 */
export function propertyKeyProblem(key: string, ownFields: Readonly<Record<string, string>>): string | undefined {
  if (!key) return 'Give the property a key.';
  if (key.length > IMAGE_LIMITS.propertyKey) return `Keys can be at most ${IMAGE_LIMITS.propertyKey} characters.`;
  if (key.startsWith(RESERVED_PREFIX)) return `Keys starting with “${RESERVED_PREFIX}” are reserved for Glance.`;
  if (SET_BY_GLANCE.has(key)) return `“${key}” is set by Glance and cannot be changed.`;
  if (Object.hasOwn(ownFields, key)) return `Use the ${ownFields[key]} field above.`;
  if (CORE_IMAGE_KEYS.has(key)) return 'This is a built-in field, not a custom property; it cannot be set here.';
  return undefined;
}
