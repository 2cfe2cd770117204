import type { ReactNode } from 'react';
import { Island } from '@/components/islands/Island';
import { findGlossaryEntry } from '@/lib/content/glossary';
import { TermToggle } from './TermToggle';

/**
 * <Term id="dexa">DEXA-scan</Term>: the content check guarantees the id exists in content/woordenlijst.yml. The
 * marked words are plain text in every article; should they ever not be, the word is a plain link to the glossary.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = findGlossaryEntry(id);
  if (!entry) return <>{children}</>;
  const href = `/woordenlijst#${entry.id}`;
  if (typeof children !== 'string') {
    return (
      <a href={href} className="term-link underline decoration-dotted underline-offset-4">
        {children}
      </a>
    );
  }
  const props = { term: entry.term, definition: entry.definition, href, label: children };
  return (
    <Island name="term" props={props} inline>
      <TermToggle {...props} />
    </Island>
  );
}
