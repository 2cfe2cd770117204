import type { ReactNode } from 'react';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE } from './attributes';
import type { IslandName, IslandProps } from './registry';

type IslandBoundaryProps<N extends IslandName> = {
  name: N;
  props: IslandProps<N>;
  /** A <span> instead of a <div>, for islands inside running text (a glossary word in a paragraph). */
  inline?: boolean;
  /** The component itself, rendered with the same props: the HTML a reader sees before (or without) JavaScript. */
  children: ReactNode;
};

/**
 * Marks one interactive part of a page: its name and its props go into the HTML, so the static export can start it
 * without the Next.js runtime (see registry.ts). `display: contents` keeps the wrapper out of the layout.
 */
export function Island<N extends IslandName>({ name, props, inline = false, children }: IslandBoundaryProps<N>) {
  const Tag = inline ? 'span' : 'div';
  const attributes = { [ISLAND_ATTRIBUTE]: name, [ISLAND_PROPS_ATTRIBUTE]: JSON.stringify(props) };
  return (
    <Tag {...attributes} className="contents">
      {children}
    </Tag>
  );
}
