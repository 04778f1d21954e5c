import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // bundled rather than required at run time, so the alias below applies on the server
  transpilePackages: ['server-only'],
  turbopack: {
    // The download route is a Pages API route (it must send Content-Length, which App Router
    // route handlers cannot); its server code imports `server-only`, which outside React Server
    // Components resolves to a module that throws. On the server it is a no-op; in browser bundles
    // it stays the real guard.
    resolveAlias: { 'server-only': { browser: 'server-only', default: './lib/server-only-on-server.js' } },
  },
  // Security headers that do not depend on a per-request nonce; the CSP is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
