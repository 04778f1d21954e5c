import { z } from 'zod';

/** min_disk and min_ram are 32-bit integer columns in Glance's database. */
export const GLANCE_INTEGER_MAX = 2_147_483_647;

/**
 * A form's text field holding a whole number of `unit` (empty means 0), refused with one
 * message that says what is allowed: digits only, and at most what Glance can store.
 */
export function wholeNumberSchema(label: string, unit: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === '') return 0;
      if (!/^\d+$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a whole number of ${unit}, 0 or more.` });
        return z.NEVER;
      }
      const number = Number(value);
      if (number > GLANCE_INTEGER_MAX) {
        ctx.addIssue({ code: 'custom', message: `${label} can be at most ${GLANCE_INTEGER_MAX.toLocaleString('en')} ${unit}.` });
        return z.NEVER;
      }
      return number;
    });
}
