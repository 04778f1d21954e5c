import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from './node-flags.mjs';

// The JavaScript launchers import NODE_FLAGS; these write the flags out, so they must keep up.
const LAUNCHERS = ['package.json', 'scripts/demo.sh', 'scripts/cluster/lib.sh', 'scripts/bench/run.sh'];

describe('launchers of server/start.mjs', () => {
  it.each(LAUNCHERS)('%s passes the Node flags', (file) => {
    const launches = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /\bnode\b.*server\/start\.mjs/.test(line));
    expect(launches.length).toBeGreaterThan(0);
    for (const line of launches) expect(line).toContain(`node ${NODE_FLAGS.join(' ')} server/start.mjs`);
  });
});
