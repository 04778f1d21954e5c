import Link from 'next/link';

/**
 * The app's own 404. Small on purpose: the root layout carries this tree in every page's RSC
 * payload, and Next's default one is ~1.2 kB of inline styles (docs/benchmarks.md, issue 19).
 */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-16 text-center">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <Link href="/images" className="mt-4 inline-block text-brand-700 hover:underline">
        Back to images
      </Link>
    </main>
  );
}
