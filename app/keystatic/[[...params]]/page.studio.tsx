// Keystatic routes inside its own app (in the layout); this file only makes every /keystatic/... address exist.
export default function StudioPage() {
  return null;
}
