import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import type { Cloud } from './clouds';
import { UNKNOWN_CLOUD } from './words';

/** The configured clouds, in the login page's order (AVAILABLE_REGIONS, else the single KEYSTONE_URL). */
export function configuredClouds(): Cloud[] {
  return env().CLOUDS;
}

/** Whether the user picks a cloud at sign-in (and the header says which one they are in). */
export function offersCloudChoice(): boolean {
  return configuredClouds().length > 1;
}

/** The cloud a form field, link or pending sign-in names, by label; the only one when there is one and none is named. */
export function findCloud(label: unknown): Cloud | undefined {
  const clouds = configuredClouds();
  if ((label === undefined || label === null || label === '') && clouds.length === 1) return clouds[0];
  return clouds.find((cloud) => cloud.label === label);
}

/** The login forms' `cloud` field: a configured label, else a message for next to the field. */
export function cloudField() {
  return z.unknown().transform((label, ctx): Cloud => {
    const cloud = findCloud(label);
    if (!cloud) {
      ctx.addIssue({ code: 'custom', message: UNKNOWN_CLOUD });
      return z.NEVER;
    }
    return cloud;
  });
}

/** "the identity service (Keystone) of <cloud>" when several are offered, so the user knows which one. */
export function keystoneOf(cloud: Cloud): string {
  return offersCloudChoice() ? `The identity service (Keystone) of ${cloud.label}` : 'The identity service (Keystone)';
}
