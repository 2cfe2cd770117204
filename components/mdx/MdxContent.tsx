import { getMDXComponent } from 'mdx-bundler/client';
import { useMemo } from 'react';
import { mdxComponents } from './mdx-components';

/** Renders a compiled article on the server; interactive components inside it hydrate on their own. */
export function MdxContent({ code }: { code: string }) {
  // As mdx-bundler documents it: the component is made once per compiled text, not on every render.
  const Content = useMemo(() => getMDXComponent(code), [code]);
  // The compiled article is fixed at build time and rendered once on the server, so no state can be lost here.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={mdxComponents} />;
}
