import type { ImageTab } from '@/lib/images/image-view';

/** The Images page's lists by name: the tabs and the table's caption. */
export const TAB_LABELS: Record<ImageTab, string> = {
  project: 'Project',
  official: 'Official',
  shared: 'Shared with me',
  public: 'Public',
  community: 'Community',
  all: 'All',
};
