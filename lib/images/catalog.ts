// What a consumer reads off an image to choose it: snapshot or image, the OS, the login user.
// Pure and client-safe; the property naming the login user is configured (IMAGE_LOGIN_USER_PROPERTY).

/** Glance's Type, as Horizon shows it: Nova marks instance snapshots with `image_type=snapshot`. */
export const IMAGE_KINDS = ['image', 'snapshot'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/** The property an operator names when none is configured (NeCTAR's and cloud-init's word). */
export const DEFAULT_LOGIN_USER_PROPERTY = 'default_user';

/** A Linux user name as `ssh` and cloud-init accept it; anything else is not offered as a command. */
const LOGIN_USER = /^[a-z_][a-z0-9_-]{0,31}$/i;

export interface ImageCatalog {
  kind: ImageKind;
  /** The instance a snapshot was taken from (`instance_uuid`), when it says. */
  instanceId: string | null;
  /** `os_distro` and `os_version` in words ("debian 12"), or null. */
  os: string | null;
  loginUser: string | null;
  hidden: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function imageKind(image: { image_type?: unknown }): ImageKind {
  return image.image_type === 'snapshot' ? 'snapshot' : 'image';
}

/** The catalog facts of one Glance record (properties are top-level string keys). */
export function imageCatalog(image: Record<string, unknown>, loginUserProperty: string = DEFAULT_LOGIN_USER_PROPERTY): ImageCatalog {
  const distro = text(image.os_distro);
  const version = text(image.os_version);
  const user = text(image[loginUserProperty]);
  return {
    kind: imageKind(image),
    instanceId: imageKind(image) === 'snapshot' ? text(image.instance_uuid) : null,
    os: distro ? [distro, version].filter(Boolean).join(' ') : version,
    loginUser: user && LOGIN_USER.test(user) ? user : null,
    hidden: image.os_hidden === true,
  };
}

/** The line the details page offers for an image that declares its login user. */
export function sshCommand(loginUser: string): string {
  return `ssh ${loginUser}@<server-ip>`;
}
