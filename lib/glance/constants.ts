export const VISIBILITIES = ['private', 'shared', 'community', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VISIBILITY_HELP: Record<Visibility, string> = {
  private: 'Only your project can see and use it.',
  shared: 'Your project, plus projects you add as members once they accept.',
  community: 'Any project can use it, but it is not listed by default.',
  public: 'Every project sees it in its default list. Only administrators can publish.',
};

export const IMAGE_STATUSES = [
  'queued',
  'saving',
  'uploading',
  'importing',
  'active',
  'deactivated',
  'killed',
  'deleted',
  'pending_delete',
] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** Statuses Glance moves out of by itself; the UI polls these. */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set(['queued', 'saving', 'uploading', 'importing', 'pending_delete']);

export const DISK_FORMATS = ['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'] as const;
export const CONTAINER_FORMATS = ['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'] as const;

export const MEMBER_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Keys Glance owns; everything else on an image record is a custom property. */
export const CORE_IMAGE_KEYS: ReadonlySet<string> = new Set([
  'id', 'name', 'status', 'visibility', 'protected', 'owner', 'disk_format', 'container_format', 'size',
  'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'min_disk', 'min_ram', 'created_at',
  'updated_at', 'tags', 'self', 'file', 'schema', 'stores', 'os_hidden', 'locations', 'direct_url',
]);

/** Properties nobody may set: Glance refuses os_glance_* and treats the rest as read-only. */
export const READ_ONLY_KEYS: ReadonlySet<string> = new Set([
  'id', 'status', 'owner', 'size', 'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'created_at',
  'updated_at', 'self', 'file', 'schema', 'stores', 'locations', 'direct_url',
]);
/** Keys Glance refuses as properties on create and on update alike ("Attribute 'location' is reserved."). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['location', 'deleted', 'deleted_at']);
export const RESERVED_PREFIX = 'os_glance_';
