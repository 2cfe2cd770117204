import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site/config';
import { ICON_DATA_URL } from '@/lib/site/icon';
import { TEXT_SIZE_SCRIPT } from '@/lib/reading/text-size';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: begrijp en bescherm uw botten`, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, locale: 'nl_NL', type: 'website' },
  icons: { icon: { url: ICON_DATA_URL, type: 'image/svg+xml' } },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f8a' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets data-tekst (the reader's text size) before the first paint; React need not match it.
    <html lang="nl" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: TEXT_SIZE_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader />
        <main
          id="inhoud"
          tabIndex={-1}
          data-pagefind-body
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
