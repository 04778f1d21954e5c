import { z } from 'zod';
import { listInWords } from '@/lib/words';
import type { CreateImageOptions } from './create-options';
import { FIELD_LABELS, FORM_NAMES, IMAGE_LIMITS, PROPERTY_FIELDS, readPropertyRows, readTags } from './image-fields';
import { checkMetadata, filledRows, metadataShape, type MetadataRules } from './image-metadata-schema';

/**
 * The fields Create shows beyond the metadata it shares with Edit: a record's formats and
 * visibility are chosen here (Edit has their own pages), so their keys are own fields too.
 */
const CREATE_FIELDS: Readonly<Record<string, string>> = {
  ...FIELD_LABELS,
  disk_format: 'Disk format',
  container_format: 'Container format',
  visibility: 'Visibility',
};

/** Create knows this cloud's schema (it loads it for the formats), so it checks property values against it too. */
const createRules = (options: CreateImageOptions): MetadataRules => ({ ownFields: CREATE_FIELDS, valueRules: options.propertyRules });

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
  expected_hash: string;
  tags: string[];
  new_tag: string;
  properties: { key: string; value: string }[];
}

const TEXT_FIELDS = [
  'name', 'description', 'source', 'url', 'file_name', 'file_size', 'disk_format', 'container_format', 'architecture',
  'os_distro', 'os_version', 'min_disk', 'min_ram', 'visibility', 'protected', 'expected_hash',
] as const;

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value : '');

/** Read the form's fields; tags and property rows under the names both forms post (FORM_NAMES). */
export function readCreateImageForm(formData: FormData): CreateImageFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((key) => [key, text(formData.get(key))])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return { ...values, ...readTags(formData), properties: readPropertyRows(formData) };
}

/** The typed values, flattened for ActionState.values (the form shows them again). */
export function echoCreateImageForm(values: CreateImageFormValues): Record<string, string | string[]> {
  const { properties, tags, new_tag, ...rest } = values;
  return {
    ...rest,
    [FORM_NAMES.tag]: tags,
    [FORM_NAMES.newTag]: new_tag,
    [FORM_NAMES.propertyKey]: properties.map((p) => p.key),
    [FORM_NAMES.propertyValue]: properties.map((p) => p.value),
  };
}

const expectedHashSchema = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase().replace(/^(md5|sha256|sha512)[:=\s]+/, ''))
  .refine((value) => value === '' || (/^[0-9a-f]+$/.test(value) && value.length in HASH_ALGOS), {
    message: 'Paste an MD5 (32 hex digits), SHA-256 (64) or SHA-512 (128) checksum, or leave this empty.',
  })
  .transform((value) => (value ? { algo: HASH_ALGOS[value.length as keyof typeof HASH_ALGOS], value } : undefined));

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

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
    ...metadataShape,
    source: z.enum(['file', 'url'], { message: 'Choose where the image data comes from.' }),
    url: z.string().trim(),
    file_name: z.string(),
    file_size: z.string().trim(),
    disk_format: oneOf(options.diskFormats, 'Choose a disk format this cloud accepts.'),
    container_format: oneOf(options.containerFormats, 'Choose a container format this cloud accepts.'),
    visibility: z.string().superRefine((value, ctx) => {
      if ((options.visibilities as string[]).includes(value)) return;
      const message =
        value === 'public'
          ? 'Only administrators can make an image public. Choose community to let every project use it.'
          : `Choose ${listInWords(options.visibilities) || 'a visibility'}.`;
      ctx.addIssue({ code: 'custom', message });
    }),
    protected: z.string().transform((value) => value === 'on' || value === 'true'),
    expected_hash: expectedHashSchema,
  });
}

type Base = z.output<ReturnType<typeof baseSchema>>;

/** The property fields that have a value and the custom properties, as Glance record keys. */
function extraProperties(data: Base): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const key of PROPERTY_FIELDS) if (data[key]) extra[key] = data[key];
  for (const { key, value } of filledRows(data.properties)) extra[key] = value;
  return extra;
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
        checkMetadata(data, createRules(options), ctx);
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
