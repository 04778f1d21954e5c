import { z } from 'zod';
import { MEMBER_STATUSES, VISIBILITIES } from './constants';

// Loose: Glance images carry arbitrary custom properties as top-level string keys.
export const imageSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  status: z.string(),
  visibility: z.enum(VISIBILITIES),
  protected: z.boolean(),
  owner: z.string().nullable(),
  disk_format: z.string().nullable().optional(),
  container_format: z.string().nullable().optional(),
  size: z.number().nullable().optional(),
  virtual_size: z.number().nullable().optional(),
  checksum: z.string().nullable().optional(),
  os_hash_algo: z.string().nullable().optional(),
  os_hash_value: z.string().nullable().optional(),
  min_disk: z.number().optional(),
  min_ram: z.number().optional(),
  created_at: z.string(),
  updated_at: z.string(),
  tags: z.array(z.string()).default([]),
  os_hidden: z.boolean().optional(),
  stores: z.string().optional(),
});
export type Image = z.infer<typeof imageSchema>;

export const imageListSchema = z.object({
  images: z.array(imageSchema),
  next: z.string().optional(),
  first: z.string().optional(),
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
  message: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Task = z.infer<typeof taskSchema>;
export const taskListSchema = z.object({ tasks: z.array(taskSchema) });

export const importInfoSchema = z.object({
  'import-methods': z.object({ value: z.array(z.string()) }),
});

export const INVALID_IMAGE_ID = 'That is not a valid image ID.';

/** Image IDs are UUIDs; checking them first keeps junk out of upstream URLs. */
export const imageIdSchema = z.uuid({ message: INVALID_IMAGE_ID });
