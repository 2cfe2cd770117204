/**
 * The home page's picture: an older person out for a walk beside a strong bone, in the site's own calm style. Drawn
 * with the theme's colour variables, so it follows light and dark mode, and decorative (the text beside it says
 * everything), so screen readers skip it. In Windows high contrast it keeps its shapes in the system's text colour.
 */
export function HomePicture() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 320 240"
      className="h-auto w-44 sm:w-64 md:w-full md:max-w-sm"
    >
      <circle cx="160" cy="124" r="108" className="fill-brand-light" />
      <circle cx="252" cy="58" r="18" className="fill-highlight stroke-caution" strokeWidth="3" />
      {/* A bone lying at rest: a bar with two rounded knobs at each end, filled without an outline so the parts merge. */}
      <g className="fill-brand" transform="rotate(-18 122 118)">
        <rect x="66" y="108" width="112" height="22" rx="6" />
        <circle cx="64" cy="106" r="15" />
        <circle cx="64" cy="132" r="15" />
        <circle cx="180" cy="106" r="15" />
        <circle cx="180" cy="132" r="15" />
      </g>
      <path d="M36 204h248" className="stroke-ink" strokeWidth="4" strokeLinecap="round" />
      {/* The walker, with a stick: round joints and thick lines, readable at any size. */}
      <g className="stroke-ink" strokeWidth="9" strokeLinecap="round" strokeLinejoin="round" fill="none">
        <path d="M222 120l-8 42" />
        <path d="M214 162l-16 40M214 162l12 18 -2 22" />
        <path d="M221 130l-15 24M221 130l17 20" />
        <path d="M238 150l6 52" strokeWidth="6" />
      </g>
      <circle cx="226" cy="102" r="13" className="fill-ink" />
    </svg>
  );
}
