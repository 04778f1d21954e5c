import { z } from 'zod';
import { listInWords } from '@/lib/words';
import { RESERVED_PREFIX } from '@/lib/glance/constants';
import type { CreateImageOptions, PropertyRule } from './create-options';
import { IMAGE_LIMITS, PROPERTY_FIELDS, PROPERTY_ROW_NAMES, propertyKeyProblem as keyRuleProblem, readPropertyRows, type PropertyKeyRules } from './image-fields';
import { wholeNumberSchema } from './whole-number';

/** Keys that have their own field in the form. */
export const FIELD_KEYS: Readonly<Record<string, string>> = {
  name: 'Name',
  description: 'Description',
  architecture: 'Architecture',
  os_distro: 'OS distro',
  os_version: 'OS version',
  disk_format: 'Disk format',
  container_format: 'Container format',
  min_disk: 'Minimum disk',
  min_ram: 'Minimum RAM',
  visibility: 'Visibility',
  protected: 'Protected',
  tags: 'Tags',
};

// Read-only (Glance answers 403), reserved (403) or non-string base attributes (400).
const GLANCE_OWNED_KEYS = new Set([
  'id', 'status', 'checksum', 'size', 'virtual_size', 'created_at', 'updated_at', 'owner', 'os_hash_algo',
  'os_hash_value', 'direct_url', 'self', 'file', 'schema', 'stores', 'locations', 'location', 'deleted',
  'deleted_at', 'os_hidden',
]);

/** What Create refuses as a custom property: keys Glance sets, and the form's own fields. */
const CREATE_KEY_RULES: PropertyKeyRules = { setByGlance: GLANCE_OWNED_KEYS, builtIn: new Set(), ownFields: new Set(Object.keys(FIELD_KEYS)) };

export const HASH_ALGOS = { 32: 'md5', 64: 'sha256', 128: 'sha512' } as const;
export type HashAlgo = (typeof HASH_ALGOS)[keyof typeof HASH_ALGOS];

/** The raw strings the form posts (FormData), before validation. */
export interface CreateImageFormValues {
  name: string;
  description: string;
  source: string;
  url: string;
  file_name: string;
  file_size: string;
  disk_format: string;
  container_format: string;
  architecture: string;
  os_distro: string;
  os_version: string;
  min_disk: string;
  min_ram: string;
  visibility: string;
  protected: string;
  tags: string;
  expected_hash: string;
  properties: { key: string; value: string }[];
}

const TEXT_FIELDS = [
  'name', 'description', 'source', 'url', 'file_name', 'file_size', 'disk_format', 'container_format', 'architecture',
  'os_distro', 'os_version', 'min_disk', 'min_ram', 'visibility', 'protected', 'tags', 'expected_hash',
] as const;

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value : '');

/** Read the form's fields; property rows come as parallel `property_key` / `property_value` lists. */
export function readCreateImageForm(formData: FormData): CreateImageFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((key) => [key, text(formData.get(key))])) as Omit<CreateImageFormValues, 'properties'>;
  return { ...values, properties: readPropertyRows(formData) };
}

/** The typed values, flattened for ActionState.values (the form shows them again). */
export function echoCreateImageForm(values: CreateImageFormValues): Record<string, string | string[]> {
  const { properties, ...rest } = values;
  return { ...rest, [PROPERTY_ROW_NAMES.key]: properties.map((p) => p.key), [PROPERTY_ROW_NAMES.value]: properties.map((p) => p.value) };
}

const utf8Length = (value: string) => new TextEncoder().encode(value).length;

/** Comma- or newline-separated tags, trimmed, without empties and duplicates. */
export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(/[,\n]/).map((tag) => tag.trim()).filter(Boolean))];
}

// Length and schema rules of these extra properties are checked with the custom ones (checkExtras).
const optionalText = () =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined);

const expectedHashSchema = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase().replace(/^(md5|sha256|sha512)[:=\s]+/, ''))
  .refine((value) => value === '' || (/^[0-9a-f]+$/.test(value) && value.length in HASH_ALGOS), {
    message: 'Paste an MD5 (32 hex digits), SHA-256 (64) or SHA-512 (128) checksum, or leave this empty.',
  })
  .transform((value) => (value ? { algo: HASH_ALGOS[value.length as keyof typeof HASH_ALGOS], value } : undefined));

const UUID_PATTERN = /\[0-9a-fA-F\]\)\{8\}-/;

/** Problems with one extra property's value under the rules this Glance's schema declares. */
export function propertyValueProblem(key: string, value: string, rule: PropertyRule | undefined): string | undefined {
  if (utf8Length(value) > IMAGE_LIMITS.propertyValue) return 'Too long: at most 65,535 bytes.';
  if (!rule) return undefined;
  if (rule.enum && !rule.enum.includes(value)) return `Glance accepts only: ${rule.enum.join(', ')}.`;
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return `At most ${rule.maxLength} characters.`;
  if (rule.pattern && !new RegExp(rule.pattern).test(value)) {
    return UUID_PATTERN.test(rule.pattern) ? `${key} must be an ID (UUID).` : `Glance requires ${key} to match ${rule.pattern}.`;
  }
  return undefined;
}

/** Problems with one custom property's name, or undefined when Glance would accept it. */
export function propertyKeyProblem(key: string): string | undefined {
  if (!key) return 'Give this property a name.';
  if (key.length > IMAGE_LIMITS.propertyKey) return `Names can be at most ${IMAGE_LIMITS.propertyKey} characters.`;
  switch (keyRuleProblem(key, CREATE_KEY_RULES)) {
    case 'reserved':
      return `Names starting with ${RESERVED_PREFIX} are reserved for Glance.`;
    case 'own_field':
      return `Use the ${FIELD_KEYS[key]} field above.`;
    case 'set_by_glance':
      return `“${key}” is set by Glance itself.`;
    default:
      return undefined;
  }
}

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

function checkProperties(rows: { key: string; value: string }[], rules: Record<string, PropertyRule>, ctx: Ctx) {
  const seen = new Set<string>();
  rows.forEach(({ key, value }, index) => {
    if (!key && !value) return;
    const keyProblem = propertyKeyProblem(key) ?? (seen.has(key) ? 'This property is already set above.' : undefined);
    if (keyProblem) issue(ctx, ['properties', index, 'key'], keyProblem);
    const valueProblem = key ? propertyValueProblem(key, value, rules[key]) : undefined;
    if (valueProblem) issue(ctx, ['properties', index, 'value'], valueProblem);
    seen.add(key);
  });
}

function checkFileSource(name: string, size: string, max: number, ctx: Ctx) {
  if (!name || !/^\d+$/.test(size)) return issue(ctx, ['file'], 'Choose the image file to upload.');
  const bytes = Number(size);
  if (bytes === 0) return issue(ctx, ['file'], 'This file is empty.');
  if (bytes > max) issue(ctx, ['file'], `This file is ${formatSize(bytes)}; this cloud accepts image files up to ${formatSize(max)}.`);
}

function checkUrlSource(raw: string, webDownload: boolean, ctx: Ctx) {
  if (!webDownload) return issue(ctx, ['source'], 'This cloud does not offer import from a URL (web-download).');
  if (!raw) return issue(ctx, ['url'], 'Enter the URL of the image file.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return issue(ctx, ['url'], 'That is not a URL. Use an http:// or https:// address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return issue(ctx, ['url'], 'Use an http:// or https:// address.');
  if (url.username || url.password) issue(ctx, ['url'], 'Remove the user name and password: Glance would keep them in its task records.');
  if (raw.length > IMAGE_LIMITS.url) issue(ctx, ['url'], `URLs can be at most ${IMAGE_LIMITS.url} characters.`);
}

/** Same binary units as the rest of Iris (lib/utils formatBytes), without importing it here. */
function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function oneOf(values: readonly string[], message: string) {
  return z.string().refine((value) => values.includes(value), message);
}

function baseSchema(options: CreateImageOptions) {
  return z.object({
    name: z.string().trim().min(1, 'Give the image a name.').max(IMAGE_LIMITS.name, `Names can be at most ${IMAGE_LIMITS.name} characters.`),
    description: optionalText(),
    source: z.enum(['file', 'url'], { message: 'Choose where the image data comes from.' }),
    url: z.string().trim(),
    file_name: z.string(),
    file_size: z.string().trim(),
    disk_format: oneOf(options.diskFormats, 'Choose a disk format this cloud accepts.'),
    container_format: oneOf(options.containerFormats, 'Choose a container format this cloud accepts.'),
    architecture: optionalText(),
    os_distro: optionalText(),
    os_version: optionalText(),
    min_disk: wholeNumberSchema('Minimum disk', 'GB'),
    min_ram: wholeNumberSchema('Minimum RAM', 'MB'),
    visibility: z.string().superRefine((value, ctx) => {
      if ((options.visibilities as string[]).includes(value)) return;
      const message =
        value === 'public'
          ? 'Only administrators can make an image public. Choose community to let every project use it.'
          : `Choose ${listInWords(options.visibilities) || 'a visibility'}.`;
      ctx.addIssue({ code: 'custom', message });
    }),
    protected: z.string().transform((value) => value === 'on' || value === 'true'),
    tags: z.string().transform(parseTags),
    expected_hash: expectedHashSchema,
    properties: z.array(z.object({ key: z.string().trim(), value: z.string() })),
  });
}

type Base = z.output<ReturnType<typeof baseSchema>>;

function checkTags(tags: string[], ctx: Ctx) {
  const long = tags.find((tag) => tag.length > IMAGE_LIMITS.tag);
  if (long) issue(ctx, ['tags'], `Tags can be at most ${IMAGE_LIMITS.tag} characters (“${long.slice(0, 24)}…” is longer).`);
  if (tags.length > IMAGE_LIMITS.tags) issue(ctx, ['tags'], `At most ${IMAGE_LIMITS.tags} tags.`);
}

function extraProperties(data: Base): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const key of PROPERTY_FIELDS) {
    if (data[key] !== undefined) extra[key] = data[key];
  }
  for (const { key, value } of data.properties) if (key) extra[key] = value;
  return extra;
}

function checkExtras(data: Base, options: CreateImageOptions, ctx: Ctx) {
  for (const key of PROPERTY_FIELDS) {
    const value = data[key];
    const problem = typeof value === 'string' ? propertyValueProblem(key, value, options.propertyRules[key]) : undefined;
    if (problem) issue(ctx, [key], problem);
  }
  checkProperties(data.properties, options.propertyRules, ctx);
  if (Object.keys(extraProperties(data)).length > IMAGE_LIMITS.properties) {
    issue(ctx, ['properties'], `At most ${IMAGE_LIMITS.properties} properties, counting description and OS fields.`);
  }
}

function toCreateRequest(data: Base) {
  const body = {
    name: data.name,
    disk_format: data.disk_format,
    container_format: data.container_format,
    visibility: data.visibility,
    protected: data.protected,
    min_disk: data.min_disk,
    min_ram: data.min_ram,
    tags: data.tags,
    ...extraProperties(data),
  };
  const source =
    data.source === 'url'
      ? ({ kind: 'url', uri: data.url } as const)
      : ({ kind: 'file', name: data.file_name, size: Number(data.file_size) } as const);
  return { body, source, expectedHash: data.expected_hash };
}

/**
 * The Create Image form's schema for this cloud: Glance's own enums and limits, the visibilities
 * this user may choose, the upload size cap and whether web-download exists. Shared by the form
 * (field hints) and the server action (the check that counts).
 */
export function createImageSchema(options: CreateImageOptions) {
  return baseSchema(options)
    .superRefine(
      (data, ctx) => {
        // Runs even when a field failed (`when`), so every problem shows at once; the data may be partial.
        if (data.source === 'file') checkFileSource(data.file_name, data.file_size, options.maxUploadBytes, ctx);
        if (data.source === 'url') checkUrlSource(data.url, options.webDownload, ctx);
        if (Array.isArray(data.tags)) checkTags(data.tags, ctx);
        checkExtras(data, options, ctx);
      },
      { when: () => true },
    )
    .transform(toCreateRequest);
}

export type CreateImageRequest = z.output<ReturnType<typeof createImageSchema>>;
export type ExpectedHash = NonNullable<CreateImageRequest['expectedHash']>;

/** A pasted checksum, checked the same way as the form's field (for the upload page). */
export function parseExpectedHash(raw: string): { ok: true; value?: ExpectedHash } | { ok: false; message: string } {
  const result = expectedHashSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]!.message };
}
