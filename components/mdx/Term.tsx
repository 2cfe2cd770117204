import type { ReactNode } from 'react';
import { findGlossaryEntry } from '@/lib/content/glossary';
import { TermToggle } from './TermToggle';

/** <Term id="dexa">DEXA-scan</Term>: the content check guarantees the id exists in content/woordenlijst.yml. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = findGlossaryEntry(id);
  if (!entry) return <>{children}</>;
  return (
    <TermToggle term={entry.term} definition={entry.definition} href={`/woordenlijst#${entry.id}`}>
      {children}
    </TermToggle>
  );
}
