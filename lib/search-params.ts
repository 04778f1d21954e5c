import { z } from 'zod';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Next's `searchParams` with one value per key: a repeated key keeps its first value. */
export function firstValues(raw: RawSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** A query value Iris could not use and replaced by its default, with what it accepts instead. */
export interface IgnoredParam {
  key: string;
  value: string;
  accepts: string;
}

const SHOWN_VALUE_MAX = 40;

/**
 * The keys of a list page's URL whose value the page's schema refused. Each field of `schema`
 * falls back to a default with `.catch()`; here the same field is parsed without that fallback,
 * so a value is reported exactly when the page silently replaced it. `accepts` says, per key,
 * what a valid value looks like; keys without an entry are not reported.
 */
export function ignoredParams(schema: z.ZodObject, values: Record<string, string | undefined>, accepts: Record<string, string>): IgnoredParam[] {
  const ignored: IgnoredParam[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = values[key];
    if (value === undefined || value.trim() === '' || !(key in accepts)) continue;
    const strict = field instanceof z.ZodCatch ? field.unwrap() : field;
    if (strict.safeParse(value).success) continue;
    const shown = value.length > SHOWN_VALUE_MAX ? `${value.slice(0, SHOWN_VALUE_MAX)}…` : value;
    ignored.push({ key, value: shown, accepts: accepts[key]! });
  }
  return ignored;
}
