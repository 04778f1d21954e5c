import { z } from 'zod';
import { CONTAINER_FORMATS, DISK_FORMATS, VISIBILITIES, type Visibility } from '@/lib/glance/constants';
import type { StoreChoice } from './stores';

/** A rule Glance's image schema sets on one extra property (kernel_id's UUID pattern, an enum, …). */
export interface PropertyRule {
  enum?: string[];
  pattern?: string;
  maxLength?: number;
}

/** What the Create Image form may offer: read from this Glance's schema, the session and the config. */
export interface CreateImageOptions {
  diskFormats: string[];
  containerFormats: string[];
  visibilities: Visibility[];
  canPublicize: boolean;
  webDownload: boolean;
  /** Glance offers glance-direct: a file is staged, then imported (its import plugins run) */
  glanceDirect: boolean;
  /** glance-download: import an image from another region's Glance. */
  glanceDownload: boolean;
  /** The stores to choose from (the default first); empty on a single-store cloud. */
  stores: StoreChoice[];
  maxUploadBytes: number;
  /** Extra (non-base) string properties the schema defines, with their rules. */
  propertyRules: Record<string, PropertyRule>;
}

const propertyDocSchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  enum: z.array(z.string().nullable()).optional(),
  pattern: z.string().optional(),
  maxLength: z.number().int().positive().optional(),
  readOnly: z.boolean().optional(),
  is_base: z.boolean().optional(),
});

const imageSchemaDocSchema = z.looseObject({ properties: z.record(z.string(), propertyDocSchema) });

function enumOf(doc: z.infer<typeof propertyDocSchema> | undefined, fallback: readonly string[]): string[] {
  const values = doc?.enum?.filter((value): value is string => typeof value === 'string');
  return values?.length ? values : [...fallback];
}

function isStringType(type: string | string[] | undefined): boolean {
  return type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
}

interface OptionsContext {
  canPublicize: boolean;
  importMethods: string[];
  stores?: StoreChoice[];
  maxUploadBytes: number;
}

/**
 * Options from `GET /v2/schemas/image`. An unreadable schema falls back to the stock enums,
 * so the form still works; Glance validates again on create.
 */
export function createOptionsFromSchema(schema: unknown, context: OptionsContext): CreateImageOptions {
  const parsed = imageSchemaDocSchema.safeParse(schema);
  const properties = parsed.success ? parsed.data.properties : {};
  const visibilities = enumOf(properties.visibility, VISIBILITIES).filter(
    (value): value is Visibility => (VISIBILITIES as readonly string[]).includes(value) && (value !== 'public' || context.canPublicize),
  );
  const propertyRules: Record<string, PropertyRule> = {};
  for (const [key, doc] of Object.entries(properties)) {
    // glance-common's schema-image.json marks its extra properties `is_base: false`
    if (doc.is_base !== false || doc.readOnly || !isStringType(doc.type)) continue;
    const values = doc.enum?.filter((value): value is string => typeof value === 'string');
    propertyRules[key] = { enum: values?.length ? values : undefined, pattern: doc.pattern, maxLength: doc.maxLength };
  }
  return {
    diskFormats: enumOf(properties.disk_format, DISK_FORMATS),
    containerFormats: enumOf(properties.container_format, CONTAINER_FORMATS),
    visibilities: VISIBILITY_ORDER.filter((value) => visibilities.includes(value)),
    canPublicize: context.canPublicize,
    webDownload: context.importMethods.includes('web-download'),
    glanceDirect: context.importMethods.includes('glance-direct'),
    glanceDownload: context.importMethods.includes('glance-download'),
    stores: context.stores ?? [],
    maxUploadBytes: context.maxUploadBytes,
    propertyRules,
  };
}

// Most private first: the form's default is the first entry.
const VISIBILITY_ORDER: Visibility[] = ['private', 'shared', 'community', 'public'];
