// Parsing and formatting numbers the way Dutch readers write them.
// Shared by both tools so that "-2,5", "−2,5", "+1.0" and "1½" mean the same everywhere.

const MINUS_SIGNS = /[\u2212\u2010\u2011\u2012\u2013\u2014\uFE63\uFF0D]/g;
// Invisible characters that PDFs and word processors leave in copied numbers.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
const NUMBER = /^([+-]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)?\s*([½¼¾])?$/;

/** The typed text with invisible characters removed, every minus sign as "-" and no-break spaces as spaces, trimmed. */
export function normaliseNumberText(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .replace(MINUS_SIGNS, '-')
    .replace(/[\u00A0\u202F]/g, ' ')
    .trim();
}

/**
 * Reads one number as a person types it: a comma or a point as decimal separator, any
 * minus sign (word processors and PDFs use U+2212), an optional "+", spaces around the
 * number and after the sign, and the fractions ½, ¼ and ¾ ("1½", "1 ½", "½").
 * Returns null for anything that is not exactly one number, so callers can explain why.
 * A point or comma is always read as the decimal separator, so "1.000" is 1: callers that expect thousands
 * (a supplement dose in mg) must say how they read it.
 */
export function parseDutchNumber(input: string): number | null {
  const text = normaliseNumberText(input);
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, sign, digits, fraction] = match;
  if (digits === undefined && fraction === undefined) return null;
  if (fraction !== undefined && digits !== undefined && /[.,]/.test(digits)) return null;
  const whole = digits === undefined ? 0 : Number(digits.replace(',', '.'));
  const value = whole + (fraction === undefined ? 0 : (FRACTIONS[fraction] ?? 0));
  if (!Number.isFinite(value)) return null;
  return sign === '-' ? -value : value;
}

/**
 * Formats a number the Dutch way: "-2,5", "1.100". Always uses a real minus-hyphen for copy-paste safety.
 * Rounds half away from zero on the number's shortest decimal text, as Intl.NumberFormat('nl-NL') does, and never
 * shows "-0,0". Written out rather than left to Intl because the first Intl formatter in a page loads the browser's
 * locale data: 40 to 60 ms of main thread on this machine, four times that on an old phone, in the middle of a
 * tool's first render. Values without a plain decimal text (below 0,000001 or from 10^21 on) still go to Intl;
 * a property test holds the two to the same output.
 */
export function formatDutchNumber(value: number, fractionDigits = 0): string {
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  if (!Number.isFinite(value) || text.includes('e') || !Number.isInteger(fractionDigits) || fractionDigits < 0) {
    return intlFormat(fractionDigits).format(normaliseZero(value, fractionDigits));
  }
  const [whole, fraction = ''] = text.split('.');
  let scaled = BigInt(whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0'));
  if ((fraction[fractionDigits] ?? '0') >= '5') scaled += BigInt(1);
  const digits = scaled.toString().padStart(fractionDigits + 1, '0');
  const integerPart = digits.slice(0, digits.length - fractionDigits).replace(/\B(?=(\d{3})+$)/g, '.');
  const decimals = fractionDigits > 0 ? `,${digits.slice(digits.length - fractionDigits)}` : '';
  const sign = value < 0 && scaled > BigInt(0) ? '-' : '';
  return `${sign}${integerPart}${decimals}`;
}

const formats = new Map<number, Intl.NumberFormat>();
function intlFormat(fractionDigits: number): Intl.NumberFormat {
  let format = formats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(fractionDigits, format);
  }
  return format;
}

/** -0.04 shown with one decimal would read "-0,0": a value that rounds to zero is shown as plain zero. */
function normaliseZero(value: number, fractionDigits: number): number {
  const factor = 10 ** fractionDigits;
  return Math.round(Math.abs(value) * factor) === 0 ? 0 : value;
}
