import type { Ref } from 'react';
import { Field } from '@/components/ui/Field';
import type { ScoreName, Site } from '@/lib/tscore/classify';
import type { FieldState } from '@/lib/tscore/input';
import { SITE_TEXT } from '@/lib/tscore/text';

type TScoreFieldProps = {
  site: Site;
  scoreName: ScoreName;
  /** Exactly what the person typed; it stays in the field, also when it is wrong. */
  text: string;
  /** The outcome of the last check; null before the first one. */
  field: FieldState | null;
  inputRef: Ref<HTMLInputElement>;
  onChange: (text: string) => void;
};

/** One score field: visible label, hint, and an error or "let op" tied to the input and announced. */
export function TScoreField({ site, scoreName, text, field, inputRef, onChange }: TScoreFieldProps) {
  const label = (
    <>
      <span className="whitespace-nowrap">{scoreName}</span> {SITE_TEXT[site].label}
    </>
  );
  return (
    <Field label={label} hints={[SITE_TEXT[site].hint]} error={field?.error} announceError warning={field?.warning}>
      {/*
        type="text" with inputMode="text": the full keyboard. On iOS (and many Android keyboards) inputMode
        "decimal" and "numeric" give a keypad without a minus sign, which is useless for a T-score like -2,5.
        type="number" would also refuse a Dutch comma in some browsers and the Unicode minus from a PDF.
      */}
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          name={site}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className="input mt-2 max-w-[12rem] text-xl"
        />
      )}
    </Field>
  );
}
