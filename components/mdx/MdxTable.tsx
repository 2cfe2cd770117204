import type { ComponentPropsWithoutRef } from 'react';

/** Wide tables scroll inside a focusable, named region instead of pushing the page sideways at 320 px. */
export function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div role="region" aria-label="Tabel (schuif opzij om alles te zien)" tabIndex={0} className="my-6 overflow-x-auto">
      <table {...props} />
    </div>
  );
}

/** Header cells of markdown tables are column headers. */
export function MdxTh(props: ComponentPropsWithoutRef<'th'>) {
  return <th scope="col" {...props} />;
}
