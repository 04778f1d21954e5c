import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// AES-256-GCM: the cookie is both secret (the token is inside) and tamper-evident.
const IV_BYTES = 12;
const TAG_BYTES = 16;

// every request unseals the cookie (proxy.ts, then the page): derive the key once per secret
let cachedKey: { secret: string; key: Buffer } | undefined;

function deriveKey(secret: string): Buffer {
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'iris-session', 'iris-session-cookie-v1', 32)) };
  }
  return cachedKey.key;
}

export function seal(payload: unknown, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, data, cipher.getAuthTag()]).toString('base64url');
}

/** The payload, or undefined when the value was forged, truncated or sealed with another secret. */
export function unseal(value: string, secret: string): unknown {
  try {
    const raw = Buffer.from(value, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const data = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(data.toString('utf8'));
  } catch {
    return undefined;
  }
}
