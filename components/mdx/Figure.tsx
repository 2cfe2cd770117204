type FigureProps = { src: string; alt: string; caption?: string };

/**
 * A picture in an article. The content check requires alt text and a file in public/. SVGs are drawn in-house,
 * so they stay sharp at any zoom; width and height keep the layout from jumping while the picture loads.
 */
export function Figure({ src, alt, caption }: FigureProps) {
  return (
    <figure className="my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- SVGs need no optimisation */}
      <img
        src={src}
        alt={alt}
        width={800}
        height={450}
        loading="lazy"
        className="h-auto w-full rounded-lg border border-line bg-white"
      />
      {caption ? <figcaption className="mt-2 text-base text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
