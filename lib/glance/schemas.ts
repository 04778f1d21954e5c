// zod/mini: these schemas also check route-handler JSON in the browser, where classic zod's size shows.
import * as z from 'zod/mini';
import { MEMBER_STATUSES, VISIBILITIES } from './constants';

// Loose: Glance images carry arbitrary custom properties as top-level string keys.
export const imageSchema = z.looseObject({
  id: z.string(),
  name: z.nullable(z.string()),
  status: z.string(),
  visibility: z.enum(VISIBILITIES),
  protected: z.boolean(),
  owner: z.nullable(z.string()),
  disk_format: z.optional(z.nullable(z.string())),
  container_format: z.optional(z.nullable(z.string())),
  size: z.optional(z.nullable(z.number())),
  virtual_size: z.optional(z.nullable(z.number())),
  checksum: z.optional(z.nullable(z.string())),
  os_hash_algo: z.optional(z.nullable(z.string())),
  os_hash_value: z.optional(z.nullable(z.string())),
  min_disk: z.optional(z.number()),
  min_ram: z.optional(z.number()),
  created_at: z.string(),
  updated_at: z.string(),
  tags: z._default(z.array(z.string()), []),
  os_hidden: z.optional(z.boolean()),
  stores: z.optional(z.string()),
});
export type Image = z.infer<typeof imageSchema>;

export const imageListSchema = z.object({
  images: z.array(imageSchema),
  next: z.optional(z.string()),
  first: z.optional(z.string()),
});
export type ImageList = z.infer<typeof imageListSchema>;

export const memberSchema = z.object({
  member_id: z.string(),
  image_id: z.string(),
  status: z.enum(MEMBER_STATUSES),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListSchema = z.object({ members: z.array(memberSchema) });

export const taskSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  status: z.string(),
  message: z.nullish(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Task = z.infer<typeof taskSchema>;
export const taskListSchema = z.object({ tasks: z.array(taskSchema) });

export const importInfoSchema = z.object({
  'import-methods': z.object({ value: z.array(z.string()) }),
});

/** GET /v2/info/usage: per-resource usage and limit (sizes in MiB; limit -1 is unlimited); `{}` where Glance has no limits. */
export const usageInfoSchema = z.object({
  usage: z.record(z.string(), z.object({ usage: z.int(), limit: z.int() })),
});
export type UsageInfo = z.infer<typeof usageInfoSchema>['usage'];
/** GET /v2/info/stores (multi-store clouds only): `default` is the string "true" on the default store. */
export const storesInfoSchema = z.object({
  stores: z.array(
    z.looseObject({
      id: z.string(),
      description: z.optional(z.string()),
      default: z.optional(z.union([z.string(), z.boolean()])),
    }),
  ),
});
export type StoresInfo = z.infer<typeof storesInfoSchema>;

export const INVALID_IMAGE_ID = 'That is not a valid image ID.';

/** Image IDs are UUIDs; checking them first keeps junk out of upstream URLs. */
export const imageIdSchema = z.uuid({ message: INVALID_IMAGE_ID });
