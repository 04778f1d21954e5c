import 'server-only';
import { listImages, type ImageListQuery } from '@/lib/glance/client';
import type { ImageList } from '@/lib/glance/schemas';
import { withGlance } from './glance-context';

/** Images owned by the current project. */
export function listProjectImages(query: ImageListQuery = {}): Promise<ImageList> {
  return withGlance((ctx, session) => listImages(ctx, { owner: session.project.id, sort: 'name:asc', limit: 50, ...query }));
}
