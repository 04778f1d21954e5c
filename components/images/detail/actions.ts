'use server';

import { z } from 'zod';
import { fail, fromFieldErrors, ok, type ActionState } from '@/lib/action-state';
import * as glance from '@/lib/data/glance';
import { VISIBILITIES } from '@/lib/glance/constants';
import { buildEditPatch } from '@/lib/images/edit-patch';
import { editBaselineSchema, editInputFromFormData, parseEditForm } from '@/lib/images/edit-schema';
import { canDeactivate, canEdit, canReactivate, canSetVisibility } from '@/lib/glance/permissions';
import { mutateImage } from '@/lib/data/image-mutations';
import { catalogRefusals } from '@/lib/data/metadefs';
import { catalogConflicts, placeRowErrors } from '@/lib/images/catalog-values';
import { readCatalogRows, readFreeRows } from '@/lib/images/image-fields';

function parseBaseline(raw: FormDataEntryValue | null) {
  try {
    return editBaselineSchema.safeParse(JSON.parse(String(raw)));
  } catch {
    return editBaselineSchema.safeParse(undefined);
  }
}

/**
 * Save the edit form: only the fields the user changed (form baseline → submitted values)
 * go to Glance, as one JSON patch built against the record as it is now.
 */
export async function updateImage(imageId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const conflicts = catalogConflicts(readFreeRows(formData), readCatalogRows(formData));
  if (Object.keys(conflicts).length) return fromFieldErrors(conflicts);
  const parsed = parseEditForm(editInputFromFormData(formData));
  if (!parsed.success) return placeRowErrors(fromFieldErrors(parsed.fieldErrors), formData);
  const baseline = parseBaseline(formData.get('baseline'));
  if (!baseline.success) return fail('invalid_input', 'The form was incomplete. Reload the page and try again.');
  return mutateImage('image.update', imageId, canEdit, async ({ ctx, image, session }) => {
    // typed keys of Glance's metadata catalog; values the image already had are left alone
    const refused = await catalogRefusals(ctx, session, formData, (key, value) => image[key] === value);
    if (refused) return fromFieldErrors(refused);
    const ops = buildEditPatch(image, baseline.data, parsed.data);
    if (ops.length === 0) return ok('Nothing to save: no field was changed.');
    await glance.updateImage(ctx, image.id, ops);
    return ok(`Saved ${ops.length === 1 ? '1 change' : `${ops.length} changes`} to “${parsed.data.name}”.`);
  });
}

const visibilitySchema = z.enum(VISIBILITIES, { message: 'Choose private, shared, community or public.' });

export async function setImageVisibility(imageId: string, visibility: string): Promise<ActionState> {
  const target = visibilitySchema.safeParse(visibility);
  if (!target.success) return fail('invalid_input', target.error.issues[0]!.message);
  return mutateImage(
    'image.visibility',
    imageId,
    (image, viewer) => canSetVisibility(image, viewer, target.data),
    async ({ ctx, image }) => {
      if (image.visibility === target.data) return ok(`The image is already ${target.data}.`);
      await glance.updateImage(ctx, image.id, [{ op: 'replace', path: '/visibility', value: target.data }]);
      return ok(`Visibility changed from ${image.visibility} to ${target.data}.`);
    },
  );
}

export async function deactivateImage(imageId: string): Promise<ActionState> {
  return mutateImage('image.deactivate', imageId, canDeactivate, async ({ ctx, image }) => {
    await glance.deactivateImage(ctx, image.id);
    return ok('Deactivated: new instances cannot boot from it and only administrators can download it.');
  });
}

export async function reactivateImage(imageId: string): Promise<ActionState> {
  return mutateImage('image.reactivate', imageId, canReactivate, async ({ ctx, image }) => {
    await glance.reactivateImage(ctx, image.id);
    return ok('Reactivated: the image is active again.');
  });
}

/** `os_hidden`: Glance leaves the image out of lists (it still boots by ID) until the owner unhides it. */
export async function setImageHidden(imageId: string, hide: boolean): Promise<ActionState> {
  if (typeof hide !== 'boolean') return fail('invalid_input', 'Say whether to hide or unhide.');
  return mutateImage('image.hide', imageId, canEdit, async ({ ctx, image }) => {
    if (Boolean(image.os_hidden) !== hide) await glance.updateImage(ctx, image.id, [{ op: 'replace', path: '/os_hidden', value: hide }]);
    return ok(hide ? 'Hidden: lists leave it out unless you tick “Show hidden images”.' : 'Unhidden: the image is listed again.');
  });
}

export async function setImageProtected(imageId: string, protect: boolean): Promise<ActionState> {
  if (typeof protect !== 'boolean') return fail('invalid_input', 'Say whether to protect or unprotect.');
  return mutateImage('image.protect', imageId, canEdit, async ({ ctx, image }) => {
    if (image.protected !== protect) await glance.updateImage(ctx, image.id, [{ op: 'replace', path: '/protected', value: protect }]);
    return ok(protect ? 'Protected: nobody can delete it until it is unprotected.' : 'Unprotected: the image can be deleted now.');
  });
}
