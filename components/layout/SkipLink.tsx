/** The first thing a keyboard user reaches: straight to the content, past the navigation. */
export function SkipLink() {
  return (
    <a
      href="#inhoud"
      className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-3 focus:font-semibold focus:text-brand"
    >
      Ga direct naar de inhoud
    </a>
  );
}
