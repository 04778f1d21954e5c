import { isEditablePropertyKey, type EditBaseline } from './edit-schema';
import { PROPERTY_FIELDS } from './image-fields';
import { diffToPatch, pointer, type JsonPatchOperation } from '@/lib/glance/json-patch';

/** The form's values (validated input and the lenient baseline share this shape). */
export type EditValues = EditBaseline;

const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const asNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** What the edit form starts with for one image record. */
export function editValuesFromImage(image: Record<string, unknown>): EditValues {
  return {
    name: asText(image.name),
    description: asText(image.description),
    min_disk: asNumber(image.min_disk),
    min_ram: asNumber(image.min_ram),
    architecture: asText(image.architecture),
    os_distro: asText(image.os_distro),
    os_version: asText(image.os_version),
    protected: image.protected === true,
    tags: Array.isArray(image.tags) ? image.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    properties: Object.entries(image)
      .filter((entry): entry is [string, string] => isEditablePropertyKey(entry[0]) && typeof entry[1] === 'string')
      .map(([key, value]) => ({ key, value }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Form values as Glance record keys; an empty optional text means "no such property". */
export function editFields(values: EditValues): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    name: values.name,
    min_disk: values.min_disk,
    min_ram: values.min_ram,
    protected: values.protected,
  };
  for (const key of PROPERTY_FIELDS) fields[key] = values[key] === '' ? undefined : values[key];
  for (const { key, value } of values.properties) if (isEditablePropertyKey(key)) fields[key] = value;
  return fields;
}

/** Tags after applying the user's additions and removals to the current record, or null if unchanged. */
export function mergeTags(current: readonly string[], baseline: readonly string[], desired: readonly string[]): string[] | null {
  const before = new Set(baseline);
  const after = new Set(desired);
  const removed = new Set([...before].filter((tag) => !after.has(tag)));
  const added = [...after].filter((tag) => !before.has(tag));
  const next = [...current.filter((tag) => !removed.has(tag)), ...added.filter((tag) => !current.includes(tag))];
  const same = next.length === current.length && next.every((tag) => current.includes(tag));
  return same ? null : next;
}

/**
 * JSON patch for only the fields the user changed (baseline → desired), applied to the record
 * as Glance has it now: a concurrent change to another field is left alone, and add vs
 * replace vs remove follows the current record.
 */
export function buildEditPatch(current: Record<string, unknown>, baseline: EditValues, desired: EditValues): JsonPatchOperation[] {
  const before = editFields(baseline);
  const after = editFields(desired);
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  // add vs replace vs remove must follow the current record: Glance 409s on replacing or removing a missing property
  const ops = diffToPatch(current, after, changed);
  const currentTags = Array.isArray(current.tags) ? (current.tags as string[]) : [];
  const tags = mergeTags(currentTags, baseline.tags, desired.tags);
  if (tags) ops.push({ op: 'replace', path: pointer('tags'), value: tags });
  return ops;
}
