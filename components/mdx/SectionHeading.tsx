import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { SectionShare } from '@/components/share/SectionShare';

type SectionHeadingProps = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 };

/**
 * An article heading with a stable id (from rehype-slug) and, beside it, one small "Deel dit stuk" control, so staff
 * can send a link to one section while a reader sees only headings and text. The control sits outside the heading,
 * so the heading's text (in search results, read aloud) is only its words. The wrapper has no box of its own: the
 * heading's margins pass through it, and the control is placed at its top right (.section-heading in globals.css).
 */
export function SectionHeading({ level, id, children, ...rest }: SectionHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  if (!id) return <Tag {...rest}>{children}</Tag>;
  return (
    <div className="section-heading">
      <Tag id={id} className="scroll-mt-4" {...rest}>
        {children}
      </Tag>
      <SectionShare title={textOf(children)} id={id} />
    </div>
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
