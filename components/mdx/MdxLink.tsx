import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

/** Internal links use client-side navigation; links to other sites say so, and open in the same tab. */
export function MdxLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span className="sr-only"> (andere website)</span>
    </a>
  );
}
