import Link from 'next/link';
import { Island } from '@/components/islands/Island';
import { TextSizeControl } from '@/components/reading/TextSizeControl';
import { ThemeControl } from '@/components/reading/ThemeControl';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import { CloseMenuOnNavigate } from './CloseMenuOnNavigate';
import { SITE_NAME } from '@/lib/site/config';
import { NAVIGATION } from '@/lib/site/pages';

/**
 * Logo, text size, colours, search and the main menu. On a phone they fold behind one "Menu" button (a native
 * <details>, so it works without JavaScript) and the article starts right below the logo; from 768 px up the
 * menu is always open and the button is hidden (see .site-menu in globals.css).
 */
export function SiteHeader() {
  return (
    <header role="banner" className="relative border-b-4 border-brand bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 md:items-center md:py-3">
        <Link href="/" className="flex items-center gap-2 py-1 text-2xl font-bold text-brand no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M9 11a3 3 0 1 1 4-3l6 6a3 3 0 1 1 3 4 3 3 0 1 1-4 3l-6-6a3 3 0 1 1-3-4z"
              className="fill-surface"
            />
          </svg>
          {SITE_NAME}
        </Link>
        <details className="site-menu md:flex-1">
          <summary className="btn-secondary no-print cursor-pointer select-none">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-6 w-6" fill="currentColor">
              <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
            </svg>
            Menu
          </summary>
          <CloseMenuOnNavigate />
          <div className="site-menu-panel absolute inset-x-0 top-full z-40 border-b-4 border-brand bg-surface px-4 pb-3 pt-2 shadow-lg md:static md:border-0 md:p-0 md:shadow-none">
            <div className="mx-auto flex max-w-5xl flex-col gap-y-3 md:items-end md:gap-y-1">
              <nav aria-label="Hoofdmenu" className="md:order-2">
                <ul className="flex flex-col md:flex-row md:flex-wrap md:gap-x-5 md:gap-y-1">
                  {NAVIGATION.map((item) => (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        className="inline-block py-2 font-semibold text-brand underline-offset-4 hover:underline"
                      >
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="flex flex-wrap items-end gap-x-6 gap-y-3 md:order-1 md:justify-end">
                <Island name="text-size" props={{}}>
                  <TextSizeControl />
                </Island>
                <Island name="theme" props={{}}>
                  <ThemeControl />
                </Island>
                <HeaderSearch />
              </div>
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
