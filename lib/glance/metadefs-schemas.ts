import { z } from 'zod';

// Glance's metadata definitions catalog (/v2/metadefs): the shapes Iris reads. Loose, because
// Glance adds fields (created_at, self, schema) and a property schema is open JSON Schema.

export const METADEF_PROPERTY_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'] as const;
export const METADEF_VISIBILITIES = ['public', 'private'] as const;
export type MetadefVisibility = (typeof METADEF_VISIBILITIES)[number];

/** The resource type Iris offers properties for: images. */
export const IMAGE_RESOURCE_TYPE = 'OS::Glance::Image';

export const metadefPropertySchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  enum: z.array(z.unknown()).optional(),
  default: z.unknown().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
  readonly: z.boolean().optional(),
  items: z.looseObject({ type: z.string().optional(), enum: z.array(z.unknown()).optional() }).optional(),
});
export type MetadefProperty = z.infer<typeof metadefPropertySchema>;

export const resourceTypeAssociationSchema = z.looseObject({
  name: z.string(),
  prefix: z.string().optional(),
  properties_target: z.string().optional(),
});

export const metadefObjectSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  required: z.array(z.string()).optional(),
  properties: z.record(z.string(), metadefPropertySchema).optional(),
});
export type MetadefObject = z.infer<typeof metadefObjectSchema>;

export const metadefNamespaceSchema = z.looseObject({
  namespace: z.string(),
  display_name: z.string().optional(),
  description: z.string().optional(),
  visibility: z.enum(METADEF_VISIBILITIES).optional(),
  protected: z.boolean().optional(),
  owner: z.string().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  resource_type_associations: z.array(resourceTypeAssociationSchema).optional(),
  properties: z.record(z.string(), metadefPropertySchema).optional(),
  objects: z.array(metadefObjectSchema).optional(),
});
export type MetadefNamespace = z.infer<typeof metadefNamespaceSchema>;

export const metadefNamespaceListSchema = z.looseObject({
  namespaces: z.array(metadefNamespaceSchema),
  next: z.string().optional(),
});

export const metadefPropertyListSchema = z.object({ properties: z.record(z.string(), metadefPropertySchema) });
export const metadefObjectListSchema = z.looseObject({ objects: z.array(metadefObjectSchema) });

/** A named property as Glance's properties endpoint answers it. */
export const namedMetadefPropertySchema = metadefPropertySchema.extend({ name: z.string() });
