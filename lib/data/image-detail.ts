import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { env } from '@/lib/env';
import { imageCatalog, type ImageCatalog } from '@/lib/images/catalog';
import { listImageTasks } from '@/lib/glance/client';
import { viewerOf, type Viewer } from '@/lib/glance/permissions';
import { imageIdSchema, type Image, type Task } from '@/lib/glance/schemas';
import { OpenStackError } from '@/lib/openstack/errors';
import { findImage } from './glance';
import { withGlance } from './glance-context';
import { getProjectNames, projectLabel } from './projects';

export interface ImageDetail {
  image: Image;
  /** null when not asked for, or when Glance would not list them (older API, policy). */
  tasks: Task[] | null;
  viewer: Viewer;
  ownerLabel: string;
  /** Snapshot or image, OS, login user (the configured property), hidden. */
  catalog: ImageCatalog;
}

const isStatus = (error: unknown, status: number) => error instanceof OpenStackError && error.status === status;

/** One image with its owner's name (and import tasks unless not wanted); null when this project cannot see it. */
export const getImageDetail = cache(async (id: string, withTasks: boolean = true): Promise<ImageDetail | null> =>
  withGlance(async (ctx, session) => {
    const [image, tasks, names] = await Promise.all([
      findImage(ctx, id),
      (withTasks ? listImageTasks(ctx, id) : Promise.resolve(null)).catch((error: unknown) => {
        if (isStatus(error, 401)) throw error;
        return null;
      }),
      getProjectNames(),
    ]);
    if (!image) return null;
    const catalog = imageCatalog(image, env().IMAGE_LOGIN_USER_PROPERTY);
    return { image, tasks, viewer: viewerOf(session), ownerLabel: projectLabel(names, image.owner), catalog };
  }),
);

/** One image as this session sees it, or null when this project cannot see it. */
export async function loadImage(id: string): Promise<Image | null> {
  return withGlance((ctx) => findImage(ctx, id));
}

/**
 * For pages under /images/[imageId]: what `load` finds for the route's image, or Next's not-found
 * page for a malformed ID and for an image this project cannot see.
 */
export async function imagePageData<T>(params: Promise<{ imageId: string }>, load: (id: string) => Promise<T | null>): Promise<T> {
  const id = imageIdSchema.safeParse((await params).imageId);
  if (!id.success) notFound();
  const data = await load(id.data);
  if (!data) notFound();
  return data;
}
