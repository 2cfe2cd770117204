import Link from 'next/link';
import { SITE_NAME } from '@/lib/site/config';
import { NAVIGATION } from '@/lib/site/pages';

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t-2 border-line bg-brand-light">
      <div className="mx-auto max-w-5xl px-4 py-8">
        <p className="max-w-prose">
          {SITE_NAME} geeft algemene informatie en vervangt geen advies van uw huisarts, specialist of apotheker.{' '}
          <Link href="/over#disclaimer" className="text-brand underline">
            Lees de volledige disclaimer
          </Link>
          .
        </p>
        <nav aria-label="Voettekst" className="mt-4">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-2 text-brand underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-muted">
          Wat u op deze site invult, blijft op uw eigen apparaat. Botwijzer gebruikt geen cookies en geen trackers.
        </p>
      </div>
    </footer>
  );
}
