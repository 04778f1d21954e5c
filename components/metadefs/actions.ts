'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fail, fromZodError, ok, type ActionState } from '@/lib/action-state';
import {
  METADEF_LIMITS,
  namespaceCreateBody,
  namespaceFormSchema,
  namespaceUpdateBody,
  parseNamespaceFile,
  protectedNamespaceMessage,
  protectedPropertyMessage,
  propertyBody,
  propertyFormSchema,
} from '@/lib/admin/metadefs';
import {
  createMetadefNamespace,
  createMetadefProperty,
  deleteMetadefNamespace,
  deleteMetadefProperty,
  getMetadefNamespace,
  updateMetadefNamespace,
  updateMetadefProperty,
} from '@/lib/data/glance';
import { glanceAction, type GlanceActionOptions } from '@/lib/data/glance-action';
import { forgetImageCatalogs } from '@/lib/data/metadefs';
import { OpenStackError } from '@/lib/openstack/errors';
import { namespaceHref } from './links';

// Administrators manage Glance's metadata definitions. Every action checks the admin role itself
// (glanceAction's `admin`: server actions are public POST endpoints), then Glance's own policy
// (add_metadef_namespace & co. are admin-only by default) has the last word.

/** On success: the admin's metadefs pages, and Create/Edit, which read the catalog. */
function metadefAction<T>(target: string): GlanceActionOptions<T> {
  return {
    admin: true,
    target,
    revalidate: (result) => {
      if (result.status !== 'success') return;
      // this replica's cached catalogs; the others renew theirs within CATALOG_CACHE.ttlMs
      forgetImageCatalogs();
      revalidatePath('/admin/metadefs', 'layout');
      revalidatePath('/images', 'layout');
    },
  };
}

const nameSchema = z.string().min(1).max(METADEF_LIMITS.namespace);
const UNKNOWN_NAMESPACE = 'That is not a namespace name.';

const formValues = (formData: FormData, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, typeof formData.get(key) === 'string' ? (formData.get(key) as string) : ''])) as Record<string, string>;

const NAMESPACE_KEYS = ['namespace', 'display_name', 'description', 'visibility', 'protected', 'image_prefix'] as const;
const PROPERTY_KEYS = ['name', 'title', 'description', 'type', 'enum', 'minimum', 'maximum', 'pattern', 'maxLength'] as const;

const isConflict = (error: unknown) => error instanceof OpenStackError && error.status === 409;

/** Glance's 409 on a name in use, said next to the name field. */
function conflictOn(field: string, message: string, values: Record<string, string>) {
  return (error: unknown): ActionState<never> => {
    if (isConflict(error)) return fail('conflict', message, { fieldErrors: { [field]: [message] }, values });
    throw error;
  };
}

export async function createNamespace(_prev: ActionState<unknown>, formData: FormData): Promise<ActionState<{ namespace: string }>> {
  const values = formValues(formData, NAMESPACE_KEYS);
  const parsed = namespaceFormSchema.safeParse({ ...values, protected: formData.get('protected') ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const form = parsed.data;
  const result = await glanceAction(
    'metadefs.namespace.create',
    async (ctx) => {
      try {
        const created = await createMetadefNamespace(ctx, namespaceCreateBody(form));
        return ok(`Namespace ${created.namespace} created.`, { namespace: created.namespace });
      } catch (error) {
        return conflictOn('namespace', `A namespace named ${form.namespace} already exists.`, values)(error);
      }
    },
    metadefAction(form.namespace),
  );
  if (result.status === 'success' && result.data) redirect(namespaceHref(result.data.namespace));
  return result;
}

/** Import a namespace file (Glance's metadefs/*.json format): checked field by field before Glance sees it. */
export async function importNamespace(_prev: ActionState<unknown>, formData: FormData): Promise<ActionState<{ namespace: string }>> {
  const document = typeof formData.get('document') === 'string' ? (formData.get('document') as string) : '';
  const values = { document };
  if (!document.trim()) return fail('invalid_input', 'Choose a namespace file or paste its JSON.', { fieldErrors: { document: ['Choose a namespace file or paste its JSON.'] }, values });
  const parsed = parseNamespaceFile(document);
  if (!parsed.ok) {
    const lines = parsed.problems.map((problem) => `${problem.path}: ${problem.message}.`);
    return fail('invalid_input', `The file was not imported: ${lines.length === 1 ? 'one field needs' : `${lines.length} fields need`} fixing.`, {
      fieldErrors: { document: lines },
      values,
    });
  }
  const file = parsed.namespace;
  const result = await glanceAction(
    'metadefs.namespace.import',
    async (ctx) => {
      try {
        const created = await createMetadefNamespace(ctx, file);
        return ok(`Namespace ${created.namespace} imported.`, { namespace: created.namespace });
      } catch (error) {
        const message = `namespace: a namespace named ${file.namespace} already exists. Delete it first, or change the name in the file.`;
        return conflictOn('document', message, values)(error);
      }
    },
    metadefAction(file.namespace),
  );
  if (result.status === 'success' && result.data) redirect(namespaceHref(result.data.namespace));
  return result.status === 'error' && !result.values ? { ...result, values } : result;
}

export async function updateNamespace(namespace: string, _prev: ActionState<unknown>, formData: FormData): Promise<ActionState> {
  if (!nameSchema.safeParse(namespace).success) return fail('invalid_input', UNKNOWN_NAMESPACE);
  const values = formValues(formData, NAMESPACE_KEYS);
  const parsed = namespaceFormSchema.safeParse({ ...values, namespace, protected: formData.get('protected') ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await glanceAction(
    'metadefs.namespace.update',
    async (ctx) => {
      await updateMetadefNamespace(ctx, namespace, namespaceUpdateBody(parsed.data));
      return ok(`Namespace ${namespace} saved.`);
    },
    metadefAction(namespace),
  );
  if (result.status === 'success') redirect(namespaceHref(namespace));
  return result.status === 'error' ? { ...result, values } : result;
}

/** Delete a namespace with its properties and objects; a protected one is refused with the way out. */
export async function deleteNamespace(namespace: string): Promise<ActionState> {
  if (!nameSchema.safeParse(namespace).success) return fail('invalid_input', UNKNOWN_NAMESPACE);
  return glanceAction(
    'metadefs.namespace.delete',
    async (ctx) => {
      const current = await getMetadefNamespace(ctx, namespace);
      if (current.protected) return fail('forbidden', protectedNamespaceMessage(namespace));
      await deleteMetadefNamespace(ctx, namespace);
      return ok(`Namespace ${namespace} deleted.`);
    },
    metadefAction(namespace),
  );
}

const propertyNameSchema = z.string().min(1).max(METADEF_LIMITS.propertyName);

export async function saveProperty(namespace: string, previousName: string | null, _prev: ActionState<unknown>, formData: FormData): Promise<ActionState> {
  if (!nameSchema.safeParse(namespace).success) return fail('invalid_input', UNKNOWN_NAMESPACE);
  if (previousName !== null && !propertyNameSchema.safeParse(previousName).success) return fail('invalid_input', 'That is not a property name.');
  const values = formValues(formData, PROPERTY_KEYS);
  const parsed = propertyFormSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const body = propertyBody(parsed.data);
  const result = await glanceAction(
    previousName === null ? 'metadefs.property.create' : 'metadefs.property.update',
    async (ctx) => {
      try {
        await (previousName === null ? createMetadefProperty(ctx, namespace, body) : updateMetadefProperty(ctx, namespace, previousName, body));
        return ok(`Property ${body.name} saved.`);
      } catch (error) {
        return conflictOn('name', `${namespace} already has a property named ${body.name}.`, values)(error);
      }
    },
    metadefAction(`${namespace}/${body.name}`),
  );
  if (result.status === 'success') redirect(namespaceHref(namespace));
  return result.status === 'error' && !result.values ? { ...result, values } : result;
}

export async function deleteProperty(namespace: string, name: string): Promise<ActionState> {
  if (!nameSchema.safeParse(namespace).success) return fail('invalid_input', UNKNOWN_NAMESPACE);
  if (!propertyNameSchema.safeParse(name).success) return fail('invalid_input', 'That is not a property name.');
  return glanceAction(
    'metadefs.property.delete',
    async (ctx) => {
      if ((await getMetadefNamespace(ctx, namespace)).protected) return fail('forbidden', protectedPropertyMessage(namespace));
      await deleteMetadefProperty(ctx, namespace, name);
      return ok(`Property ${name} deleted from ${namespace}.`);
    },
    metadefAction(`${namespace}/${name}`),
  );
}
