import Link from 'next/link';
import { NAVIGATION, SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-2xl font-bold text-brand no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 11a3 3 0 1 1 4-3l6 6a3 3 0 1 1 3 4 3 3 0 1 1-4 3l-6-6a3 3 0 1 1-3-4z" fill="#fff" />
          </svg>
          {SITE_NAME}
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-2 font-semibold text-brand underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
