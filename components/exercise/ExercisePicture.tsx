const VIEW_BOX = '0 0 660 330';

type ExercisePictureProps = {
  /** The drawing inside the <svg>, from lib/exercise/picture-markup (our own files, never user input). */
  markup: string;
  alt: string;
  className?: string;
  /** Beside text that already names the exercise (a checkbox label): hidden from screen readers. */
  decorative?: boolean;
};

/**
 * An exercise picture drawn inline, so it takes the text colour of the page: it follows dark mode and Windows
 * high contrast, prints in black and stays sharp at any zoom.
 */
export function ExercisePicture({ markup, alt, className = '', decorative = false }: ExercisePictureProps) {
  return (
    <svg
      viewBox={VIEW_BOX}
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : alt}
      aria-hidden={decorative ? true : undefined}
      focusable="false"
      className={`block h-auto w-full ${className}`}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
