'use client';

import { useId, useMemo, useState } from 'react';
import { PrintButton } from '@/components/print/PrintButton';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { Field } from '@/components/ui/Field';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { localIsoDate } from '@/lib/format/date';
import { checkAge } from '@/lib/fracture-risk/age';
import { decodeFractureFragment, encodeFractureFragment } from '@/lib/fracture-risk/fragment';
import { AGE_KEY, FRACTURE_QUESTIONS, MAN, SEX_QUESTION } from '@/lib/fracture-risk/questions';
import { describeFractureRisk, type FractureForm } from '@/lib/fracture-risk/result';
import { sheetResultLines, sheetRows, FRACTURE_SHEET_FOOTNOTE } from '@/lib/fracture-risk/sheet';
import { formatDate } from '@/lib/format/date';
import { ChoiceFieldset } from './ChoiceFieldset';
import { FractureRiskResultView } from './FractureRiskResultView';
import { PrintSheet } from './PrintSheet';
import { useFragmentState } from './useFragmentState';

const EMPTY: FractureForm = { age: '', answers: {} };

/** "Moet ik mijn huisarts vragen naar mijn botten?": age and sex, then the situations the NHG guideline counts. */
export function FractureRiskCheck() {
  const id = useId();
  const [form, update] = useFragmentState<FractureForm>(EMPTY, decodeFractureFragment, encodeFractureFragment);
  const [ageLeft, setAgeLeft] = useState(false);
  const result = useMemo(() => describeFractureRisk(form), [form]);
  const started = useBrowserValue(() => true, false);
  const today = useBrowserValue(() => localIsoDate(), null);
  // The age's message shows once the person leaves the field (not while they type "6" on the way to "67").
  const ageError = ageLeft && form.age.trim() !== '' ? checkAge(form.age).error : null;
  const isMan = form.answers[SEX_QUESTION.key] === MAN;
  const answer = (key: string) => (value: string) =>
    update((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));

  return (
    <section aria-labelledby={`${id}-title`} className="not-prose my-8 text-lg text-ink print:my-0">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="card print:hidden">
          <h2 id={`${id}-title`} className="text-2xl font-bold">
            Uw antwoorden
          </h2>
          <p className="mt-2">Begin met uw leeftijd. Slaat u een vraag over? Dan telt die als nee.</p>
          <form noValidate onSubmit={(event) => event.preventDefault()} className="mt-4 space-y-5">
            <Field label="Hoe oud bent u?" hints={['In jaren, bijvoorbeeld 67.']} error={ageError}>
              {(control) => (
                <input
                  {...control}
                  name={AGE_KEY}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={form.age}
                  onChange={(event) => {
                    const age = event.target.value;
                    update((current) => ({ ...current, age }));
                  }}
                  onBlur={() => setAgeLeft(true)}
                  className="input mt-1 max-w-40"
                />
              )}
            </Field>
            <ChoiceFieldset
              question={SEX_QUESTION}
              value={form.answers[SEX_QUESTION.key]}
              onChange={answer(SEX_QUESTION.key)}
            />
            {FRACTURE_QUESTIONS.filter((question) => !(isMan && question.key === 'overgang')).map((question) => (
              <ChoiceFieldset
                key={question.key}
                question={question}
                value={form.answers[question.key]}
                onChange={answer(question.key)}
              />
            ))}
          </form>
        </div>

        <div className="card border-4 border-brand lg:sticky lg:top-4 print:hidden" data-risk-result>
          <h2 className="text-2xl font-bold">Uw uitkomst</h2>
          <div role="status" aria-live="polite" className="mt-2">
            {started ? <p className="text-xl font-semibold">{result.headline}</p> : null}
          </div>
          {started ? (
            <div className="no-print mt-4 flex flex-wrap gap-3">
              <PrintButton label="Print voor uw huisarts" />
              <CopyLinkButton label="Kopieer link" />
            </div>
          ) : null}
        </div>
      </div>

      {started && result.kind !== 'leeftijd' ? <FractureRiskResultView result={result} /> : null}

      <PrintSheet
        title="vragen over uw botten"
        date={today ? formatDate(today) : null}
        rows={sheetRows(form)}
        result={sheetResultLines(result)}
        footnotes={[FRACTURE_SHEET_FOOTNOTE]}
      />
    </section>
  );
}
