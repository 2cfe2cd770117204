import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { SectionShare } from '@/components/share/SectionShare';

type SectionHeadingProps = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 };

/**
 * An article heading with a stable id (from rehype-slug), a visible "#" link to it, and "Deel dit stuk" under it,
 * so staff can send a link to one section. The "#" is drawn by CSS and the share menu sits outside the heading, so
 * the heading's text (in search results, read aloud) is only its words.
 */
export function SectionHeading({ level, id, children, ...rest }: SectionHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Tag id={id} className="group scroll-mt-4" {...rest}>
        {children}
        {id ? (
          <a
            href={`#${id}`}
            aria-label="Link naar dit deel"
            className="section-anchor no-print ml-2 font-normal text-brand no-underline opacity-70 before:content-['#'] hover:opacity-100 focus:opacity-100"
          />
        ) : null}
      </Tag>
      {id ? <SectionShare title={textOf(children)} id={id} /> : null}
    </>
  );
}

/** The plain text of a heading's children (markdown headings hold text, sometimes <code> or <em>). */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{ children?: ReactNode }>(child)) return textOf(child.props.children);
      return '';
    })
    .join('');
}
