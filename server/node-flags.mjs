// Node flags every launch of server/start.mjs passes (npm start, demo, cluster, Playwright, benches).
// Plain JavaScript, read by the launchers; server/node-flags.test.ts checks the shell launchers use them.

/**
 * V8 starts the old generation with a small allocation limit, and after a few idle seconds its
 * memory reducer lowers it again to just above the live heap (Next.js's ~63 MB). Every chunk of an
 * image passing through allocates a 64 KiB buffer; the few in flight at each scavenge move to the
 * old generation, so the limit is reached again after ~1 MB and V8 marks all of Next's heap: a
 * full mark-compact every ~80 ms, 1.2 CPU s per GiB downloaded on GC threads (docs/benchmarks.md,
 * "Download through Iris alone: where the time went"). A 128 MB floor leaves room for them to die
 * in the next full GC instead, and costs nothing until the heap actually grows.
 */
export const NODE_FLAGS = ['--initial-old-space-size=128'];
