import type { ComponentPropsWithoutRef } from 'react';

type SectionHeadingProps = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 };

/**
 * An article heading with a stable id (from rehype-slug) and a visible "#" link to it, so staff can copy a link
 * to one section. The link's accessible name says what it does.
 */
export function SectionHeading({ level, id, children, ...rest }: SectionHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className="group scroll-mt-4" {...rest}>
      {children}
      {id ? (
        <a href={`#${id}`} className="section-anchor no-print ml-2 font-normal text-brand no-underline opacity-70 hover:opacity-100 focus:opacity-100">
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link naar dit deel</span>
        </a>
      ) : null}
    </Tag>
  );
}
