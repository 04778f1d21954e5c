import { z } from 'zod';

export const endpointSchema = z.object({
  interface: z.string(),
  region_id: z.string().nullish(),
  region: z.string().nullish(),
  url: z.string(),
});

export const catalogEntrySchema = z.object({
  type: z.string(),
  name: z.string().optional(),
  endpoints: z.array(endpointSchema),
});

export const tokenBodySchema = z.object({
  token: z.object({
    expires_at: z.string(),
    user: z.object({
      id: z.string(),
      name: z.string(),
      domain: z.object({ id: z.string(), name: z.string() }),
      /** Set on federated users' tokens: which identity provider and protocol vouched for them. */
      'OS-FEDERATION': z.object({ identity_provider: z.object({ id: z.string() }), protocol: z.object({ id: z.string() }) }).optional(),
    }),
    project: z
      .object({ id: z.string(), name: z.string(), domain: z.object({ id: z.string(), name: z.string() }) })
      .optional(),
    roles: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    catalog: z.array(catalogEntrySchema).optional(),
    methods: z.array(z.string()).optional(),
    application_credential: z.object({ id: z.string() }).loose().optional(),
  }),
});

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string().optional(),
  enabled: z.boolean().optional(),
  description: z.string().nullish(),
});

export const projectListSchema = z.object({ projects: z.array(projectSchema) });

export type TokenBody = z.infer<typeof tokenBodySchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Project = z.infer<typeof projectSchema>;
