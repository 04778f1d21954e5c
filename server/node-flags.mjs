// Node flags every launch of server/start.mjs passes (npm start, demo, cluster, Playwright, benches).
// Plain JavaScript, read by the launchers; server/node-flags.test.ts checks the shell launchers use them.

/**
 * Without a floor, a download through Iris ran a full mark-compact of Next's ~63 MB heap every
 * ~80 ms (--trace-gc: each from ~64 back to ~63 MB): V8 kept the old generation's allocation limit
 * about 1 MB above the live heap (low at start, lowered again by its memory reducer after idle
 * seconds), and the 64 KiB chunk buffers that outlive a scavenge reach that quickly. That cost
 * 1.2 CPU s per GiB on V8's worker threads, half the download's speed (docs/benchmarks.md, "Issue 15:
 * the two misses, causes and fixes"). A 128 MB floor ends it and costs no memory until the heap grows.
 */
export const NODE_FLAGS = ['--initial-old-space-size=128'];
