export type Verdict = 'match' | 'mismatch' | 'pending' | 'unavailable';

export interface StoredChecksums {
  checksum?: string | null;
  os_hash_algo?: string | null;
  os_hash_value?: string | null;
}

export interface ChecksumRow {
  /** What is compared: "MD5", "SHA512", "Pasted MD5". */
  label: string;
  /** Glance's field name, shown for people who script against the API. */
  field: 'checksum' | 'os_hash_value';
  stored?: string;
  /** The value the stored one is compared with (browser-computed or pasted). */
  reference?: string;
  verdict: Verdict;
  note?: string;
}

export interface LocalChecksums {
  md5?: string;
  sha512?: string;
  /** Still computing: the rows for the file say "pending". */
  pending?: boolean;
}

const normal = (value: string | null | undefined) => value?.trim().toLowerCase() || undefined;

function verdictOf(stored: string | undefined, reference: string | undefined, pending: boolean): Verdict {
  if (!stored) return 'unavailable';
  if (!reference) return pending ? 'pending' : 'unavailable';
  return stored === reference ? 'match' : 'mismatch';
}

function fileRows(image: StoredChecksums, local: LocalChecksums): ChecksumRow[] {
  const algo = normal(image.os_hash_algo);
  const pending = !!local.pending;
  const md5 = normal(image.checksum);
  const multihash = normal(image.os_hash_value);
  const rows: ChecksumRow[] = [{ label: 'MD5', field: 'checksum', stored: md5, reference: local.md5, verdict: verdictOf(md5, local.md5, pending) }];
  if (algo === 'sha512' || !algo) {
    rows.push({ label: 'SHA-512', field: 'os_hash_value', stored: multihash, reference: local.sha512, verdict: verdictOf(multihash, local.sha512, pending) });
  } else {
    rows.push({ label: algo.toUpperCase(), field: 'os_hash_value', stored: multihash, verdict: 'unavailable', note: `This cloud hashes with ${algo}; your browser computed SHA-512.` });
  }
  return rows;
}

function pastedRow(image: StoredChecksums, expected: { algo: string; value: string }): ChecksumRow {
  const label = `Pasted ${expected.algo.toUpperCase()}`;
  if (expected.algo === 'md5') {
    const stored = normal(image.checksum);
    return { label, field: 'checksum', stored, reference: expected.value, verdict: verdictOf(stored, expected.value, false) };
  }
  const algo = normal(image.os_hash_algo);
  const stored = normal(image.os_hash_value);
  if (stored && algo && algo !== expected.algo) {
    return { label, field: 'os_hash_value', reference: expected.value, verdict: 'unavailable', note: `Glance computed ${algo}, not ${expected.algo}: these cannot be compared.` };
  }
  return { label, field: 'os_hash_value', stored, reference: expected.value, verdict: verdictOf(stored, expected.value, false) };
}

/** Compare what Glance stored with the browser's checksums of the file and/or a pasted one. */
export function compareChecksums(image: StoredChecksums, local?: LocalChecksums, expected?: { algo: string; value: string }): ChecksumRow[] {
  const rows = local ? fileRows(image, local) : [];
  if (expected) rows.push(pastedRow(image, expected));
  return rows;
}

/** One word for all rows: any mismatch is a mismatch; otherwise pending, then match. */
export function overallVerdict(rows: ChecksumRow[]): Verdict {
  if (rows.some((row) => row.verdict === 'mismatch')) return 'mismatch';
  if (rows.some((row) => row.verdict === 'pending')) return 'pending';
  if (rows.some((row) => row.verdict === 'match')) return 'match';
  return 'unavailable';
}
