/**
 * The sign-in choices an operator configures, in Horizon's terms: WEBSSO_CHOICES lists them in
 * display order (`credentials` = Keystone password, `application_credential`, or a WebSSO key),
 * WEBSSO_IDP_MAPPING says which Keystone identity provider and protocol a WebSSO key uses, and
 * WEBSSO_IDP_HEALTH_URLS where Iris checks that the provider answers (docs/configuration.md).
 */
export type LoginChoice =
  | { kind: 'password'; key: 'credentials'; label: string }
  | { kind: 'application_credential'; key: 'application_credential'; label: string }
  | { kind: 'websso'; key: string; label: string; idp: string; protocol: string; healthUrl?: string };

export type WebssoChoice = Extract<LoginChoice, { kind: 'websso' }>;

const KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** `a=x, b=y` → [['a','x'], ['b','y']]; throws on an entry without `=` or with a bad key. */
export function parsePairs(raw: string | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const entry of (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const index = entry.indexOf('=');
    const key = entry.slice(0, index).trim();
    const value = entry.slice(index + 1).trim();
    if (index < 1 || !value) throw new Error(`"${entry}" is not key=value`);
    if (!KEY.test(key)) throw new Error(`"${key}" is not a key (letters, digits, . _ -)`);
    if (pairs.some(([k]) => k === key)) throw new Error(`"${key}" appears twice`);
    pairs.push([key, value]);
  }
  return pairs;
}

function parseMapping(raw: string | undefined): Map<string, { idp: string; protocol: string }> {
  return new Map(
    parsePairs(raw).map(([key, value]) => {
      const [idp = '', protocol = '', extra] = value.split(':').map((s) => s.trim());
      if (!KEY.test(idp) || !KEY.test(protocol) || extra !== undefined) throw new Error(`"${key}=${value}" must be key=identity-provider:protocol`);
      return [key, { idp, protocol }];
    }),
  );
}

function parseHealthUrls(raw: string | undefined): Map<string, string> {
  return new Map(
    parsePairs(raw).map(([key, value]) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new Error(`"${key}=${value}" is not a URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${key}=${value}" must be http(s)`);
      return [key, url.toString()];
    }),
  );
}

export interface LoginChoiceSettings {
  WEBSSO_CHOICES?: string;
  WEBSSO_IDP_MAPPING?: string;
  WEBSSO_IDP_HEALTH_URLS?: string;
}

/** The configured choices in order; throws one message naming what is wrong. */
export function parseLoginChoices(settings: LoginChoiceSettings): LoginChoice[] {
  const mapping = parseMapping(settings.WEBSSO_IDP_MAPPING);
  const health = parseHealthUrls(settings.WEBSSO_IDP_HEALTH_URLS);
  const choices = parsePairs(settings.WEBSSO_CHOICES || 'credentials=Keystone password').map(([key, label]): LoginChoice => {
    if (label.length > 80) throw new Error(`the label of "${key}" is longer than 80 characters`);
    if (key === 'credentials') return { kind: 'password', key, label };
    if (key === 'application_credential') return { kind: 'application_credential', key, label };
    const target = mapping.get(key);
    if (!target) throw new Error(`"${key}" has no entry in WEBSSO_IDP_MAPPING (key=identity-provider:protocol)`);
    const healthUrl = health.get(key);
    return { kind: 'websso', key, label, ...target, ...(healthUrl ? { healthUrl } : {}) };
  });
  for (const key of [...mapping.keys(), ...health.keys()]) {
    if (!choices.some((choice) => choice.key === key)) throw new Error(`"${key}" is mapped but not listed in WEBSSO_CHOICES`);
  }
  return choices;
}
