import type { Metadata } from 'next';
import localFont from 'next/font/local';
import { connection } from 'next/server';
import { Toaster } from '@/components/ui/toaster';
import { Providers } from './providers';
import './globals.css';

// Self-hosted: the build must not reach Google Fonts.
const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});

export const metadata: Metadata = {
  title: { default: 'Iris', template: '%s · Iris' },
  description: 'An Images panel for OpenStack Glance',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Pages carry a per-request CSP nonce, so nothing may be prerendered statically.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
        <Toaster />
      </body>
    </html>
  );
}
