import type { Visibility } from '@/lib/glance/constants';
import type { ReviewCheck } from './review';

/** What the Admin table and the curate dialog need of an image; no token, nothing secret. */
export interface AdminImageRow {
  id: string;
  name: string;
  status: string;
  visibility: Visibility;
  hidden: boolean;
  protected: boolean;
  ownerId: string;
  ownerName: string;
  ownerIsCurator: boolean;
  size: number | null;
  diskFormat: string | null;
  createdAt: string;
  official: boolean;
}

export interface QueuedImage extends AdminImageRow {
  checks: ReviewCheck[];
}

export interface OfficialOwner {
  id: string;
  label: string;
}
