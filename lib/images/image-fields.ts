import { RESERVED_PREFIX } from '@/lib/glance/constants';
import { GLANCE_INTEGER_MAX } from './whole-number';

/**
 * Glance's limits that the Create and Edit forms enforce before asking: `name` and tags have
 * maxLength 255 in /v2/schemas/image; property keys are String(255) columns, values a TEXT column
 * (65,535 bytes in MySQL/MariaDB); image_tag_quota and image_property_quota default to 128 (a cloud
 * may set them lower, and Glance then says so); min_disk/min_ram are 32-bit integer columns.
 */
export const IMAGE_LIMITS = {
  name: 255,
  tag: 255,
  tags: 128,
  properties: 128,
  propertyKey: 255,
  propertyValue: 65_535,
  shortText: 255,
  integer: GLANCE_INTEGER_MAX,
  url: 2_048,
} as const;

/** Properties both forms show as fields of their own (glance-common's schema names them). */
export const PROPERTY_FIELDS = ['description', 'architecture', 'os_distro', 'os_version'] as const;
export type PropertyField = (typeof PROPERTY_FIELDS)[number];

/** The form names of the custom-property rows: parallel lists, one entry per row on screen. */
export const PROPERTY_ROW_NAMES = { key: 'property_key', value: 'property_value' } as const;

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value : '');

/** The property rows a form posted, blank ones included, in screen order. */
export function readPropertyRows(formData: FormData): { key: string; value: string }[] {
  const keys = formData.getAll(PROPERTY_ROW_NAMES.key).map(text);
  const values = formData.getAll(PROPERTY_ROW_NAMES.value).map(text);
  return keys.map((key, index) => ({ key, value: values[index] ?? '' }));
}

/** Which keys a form refuses as custom properties; each form words the refusal itself. */
export interface PropertyKeyRules {
  /** Set by Glance (read-only or owned by it). */
  setByGlance: ReadonlySet<string>;
  /** Base attributes of an image that are not properties. */
  builtIn: ReadonlySet<string>;
  /** Keys the form shows as a field of their own. */
  ownFields: ReadonlySet<string>;
}

export type PropertyKeyProblem = 'reserved' | 'set_by_glance' | 'built_in' | 'own_field';

/** Why a key cannot be a custom property under `rules`, or undefined when it can. */
export function propertyKeyProblem(key: string, rules: PropertyKeyRules): PropertyKeyProblem | undefined {
  if (key.startsWith(RESERVED_PREFIX)) return 'reserved';
  if (rules.setByGlance.has(key)) return 'set_by_glance';
  if (rules.builtIn.has(key)) return 'built_in';
  if (rules.ownFields.has(key)) return 'own_field';
  return undefined;
}
