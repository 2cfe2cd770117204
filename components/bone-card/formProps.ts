import type { CardValues } from '@/lib/bone-card/card';

/** What every part of the card's form gets from the card: the values, a way to change them, and the messages. */
export type CardFormProps = {
  card: CardValues;
  update: (change: (card: CardValues) => CardValues) => void;
  /** The message for a field by its name ("m1-score"), once the person has left that field. */
  errorFor: (name: string) => string | null;
  touch: (name: string) => void;
};

/** Replaces one row of a list. */
export function replaceAt<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((current, i) => (i === index ? row : current));
}

export function removeAt<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** After adding a row: put the keyboard in its first field, once React has drawn it. */
export function focusField(name: string) {
  window.setTimeout(() => document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus(), 0);
}
