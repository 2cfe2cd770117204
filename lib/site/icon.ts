/**
 * The site's icon (a bone on the brand blue), carried in every page as a data: URL. It is under 300 bytes, and as a
 * file it was a request that the browser makes around the first paint: Lighthouse then counted it, or not, as part
 * of that paint, by chance (docs/performance.md). The Content-Security-Policy allows data: images.
 */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0b4f8a"/>' +
  '<path d="M9 11a3 3 0 1 1 4-3l6 6a3 3 0 1 1 3 4 3 3 0 1 1-4 3l-6-6a3 3 0 1 1-3-4z" fill="#fff"/></svg>';

export const ICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;
