// Hand-written checks of the JSON that Iris's own route handlers send the browser. The server already
// validated it with zod at its boundary (Glance → lib/glance); these only guard the client against a
// response of the wrong shape (a proxy's error page, a stale deploy) without shipping zod to the browser.
import { VISIBILITIES } from '@/lib/glance/constants';
import type { Image } from '@/lib/glance/schemas';

type Json = Record<string, unknown>;

export class ShapeError extends Error {}

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown) => value === null || isString(value);
const isAbsentOr = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);
const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number';

function fail(what: string): never {
  throw new ShapeError(`Unexpected response: ${what}.`);
}

const IMAGE_FIELDS: Record<string, (value: unknown) => boolean> = {
  id: isString,
  name: isStringOrNull,
  status: isString,
  visibility: (value) => (VISIBILITIES as readonly unknown[]).includes(value),
  protected: (value) => typeof value === 'boolean',
  owner: isStringOrNull,
  created_at: isString,
  updated_at: isString,
  disk_format: isAbsentOr(isStringOrNull),
  container_format: isAbsentOr(isStringOrNull),
  size: isAbsentOr(isNumberOrNull),
  virtual_size: isAbsentOr(isNumberOrNull),
  checksum: isAbsentOr(isStringOrNull),
  min_disk: isAbsentOr((value) => typeof value === 'number'),
  min_ram: isAbsentOr((value) => typeof value === 'number'),
  tags: isAbsentOr((value) => Array.isArray(value) && value.every(isString)),
  os_hidden: isAbsentOr((value) => typeof value === 'boolean'),
  stores: isAbsentOr(isString),
};

/** One image record as the route handlers send it (custom properties pass through; `tags` defaults to []). */
export function parseImage(value: unknown): Image {
  if (!isRecord(value)) fail('an image is not an object');
  for (const [field, check] of Object.entries(IMAGE_FIELDS)) if (!check(value[field])) fail(`image field ${field}`);
  return { ...value, tags: value.tags ?? [] } as Image;
}

function imagesOf(value: Json): Image[] {
  if (!Array.isArray(value.images)) fail('no images list');
  return value.images.map(parseImage);
}

/** `{ images: Image[] }` */
export function parseImageStatuses(value: unknown): Image[] {
  if (!isRecord(value)) fail('not an object');
  return imagesOf(value);
}

export interface InvitationCount {
  count: number;
  capped: boolean;
}

/** `{ count, capped }`: count a whole number ≥ 0. */
export function parseInvitationCount(value: unknown): InvitationCount {
  if (!isRecord(value) || !Number.isInteger(value.count) || (value.count as number) < 0 || typeof value.capped !== 'boolean') fail('invitation count');
  return { count: value.count as number, capped: value.capped };
}

export interface EmptyRecords {
  images: Image[];
  more: boolean;
}

/** `{ images, more }` */
export function parseEmptyRecords(value: unknown): EmptyRecords {
  if (!isRecord(value) || typeof value.more !== 'boolean') fail('empty records');
  return { images: imagesOf(value), more: value.more };
}

export type FormDraft = Record<string, string[]>;

/** A form draft read back from sessionStorage: field name → values; anything else is no draft. */
export function parseFormDraft(value: unknown): FormDraft | undefined {
  if (!isRecord(value)) return undefined;
  const fieldsOk = Object.values(value).every((values) => Array.isArray(values) && values.every(isString));
  return fieldsOk ? (value as FormDraft) : undefined;
}
