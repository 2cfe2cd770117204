'use client';

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CarryOverLink } from '@/components/bone-card/CarryOverLink';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { encodeMeasurementsForCard } from '@/lib/bone-card/fragment';
import { GROUPS, SITES, formatScore, scoreNameFor, type Site } from '@/lib/tscore/classify';
import { EMPTY_FORM, checkTScoreForm, type FormCheck, type TScoreFormValues } from '@/lib/tscore/input';
import { describeTScoreForm, type TScoreResult } from '@/lib/tscore/result';
import { decodeTScoreFragment, encodeTScoreFragment, FRACTURE_KEY, GROUP_KEY } from '@/lib/tscore/fragment';
import { GROUP_TEXT } from '@/lib/tscore/text';
import { TScoreChoice } from './TScoreChoice';
import { TScoreField } from './TScoreField';
import { TScoreResultView } from './TScoreResultView';

type Outcome = { check: FormCheck; result: TScoreResult | null };

const GROUP_OPTIONS = GROUPS.map((group) => ({ value: group, label: GROUP_TEXT[group] }));
const FRACTURE_OPTIONS = [
  { value: 'nee', label: 'Nee' },
  { value: 'ja', label: 'Ja' },
] as const;

/**
 * Explains the T-scores (or Z-scores) from a DEXA report. Thin: the lib parses, classifies and words the result.
 * The values live only in the page and in the URL fragment (never sent to a server), so a link reproduces them.
 */
export function TScoreTool() {
  const id = useId();
  const [values, setValues] = useState<TScoreFormValues>(EMPTY_FORM);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputs = useRef<Partial<Record<Site, HTMLInputElement | null>>>({});
  const resultRef = useRef<HTMLDivElement>(null);
  // What to do once the new outcome is on screen: focus the first field with an error, or show the result.
  const afterRender = useRef<'focus-error' | 'show-result' | null>(null);
  const scoreName = scoreNameFor(values.group);

  const run = useCallback((next: TScoreFormValues, fromSubmit: boolean) => {
    const check = checkTScoreForm(next);
    const result = describeTScoreForm(next, check);
    setOutcome({ check, result });
    if (check.input !== null) window.history.replaceState(null, '', encodeTScoreFragment(check.input));
    afterRender.current = fromSubmit ? (result ? 'show-result' : 'focus-error') : null;
  }, []);

  // A shared link: read the fragment on arrival and when it changes; ignore fragments that are not ours.
  useEffect(() => {
    function fromFragment() {
      const decoded = decodeTScoreFragment(window.location.hash);
      if (decoded === null) return;
      setValues(decoded);
      run(decoded, false);
    }
    fromFragment();
    window.addEventListener('hashchange', fromFragment);
    return () => window.removeEventListener('hashchange', fromFragment);
  }, [run]);

  useEffect(() => {
    const action = afterRender.current;
    afterRender.current = null;
    if (action === 'focus-error' && outcome) {
      const first = SITES.find((site) => outcome.check.fields[site].error !== null);
      if (first) inputs.current[first]?.focus();
    } else if (action === 'show-result') {
      resultRef.current?.scrollIntoView({ block: 'start' });
    }
  }, [outcome]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(values, true);
  }

  // Group and fracture are simple choices: once a result is shown, it follows them at once.
  function choose(next: TScoreFormValues) {
    setValues(next);
    if (outcome) run(next, false);
  }

  const result = outcome?.result ?? null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="not-prose @container my-8 text-lg text-ink print:my-4 print:text-base"
    >
      <div className={result ? 'card print:hidden' : 'card'}>
        <h2 id={`${id}-title`} className="text-2xl font-bold">
          Vul uw <span className="whitespace-nowrap">{scoreName}</span> in
        </h2>
        <noscript>
          <p className="mt-2 font-semibold">
            Dit hulpmiddel werkt alleen als JavaScript aan staat. Wat de scores betekenen, leest u ook in de tabel op de
            pagina{' '}
            <a href="/hulpmiddelen/t-score" className="underline">
              T-score uitleg
            </a>
            .
          </p>
        </noscript>
        <form noValidate onSubmit={submit} className="mt-4 space-y-6">
          <TScoreChoice
            name={GROUP_KEY}
            legend="Voor wie is de uitslag?"
            hint="Bent u nu in de overgang? Vraag dan uw arts welke score voor u geldt."
            options={GROUP_OPTIONS}
            value={values.group}
            onChange={(group) => choose({ ...values, group })}
            layout="stack"
          />

          <fieldset aria-describedby={`${id}-scores-hint`}>
            <legend className="field-label text-xl">
              Uw <span className="whitespace-nowrap">{scoreName}s</span>
            </legend>
            <p id={`${id}-scores-hint`} className="field-hint">
              Vul de scores in die op uw uitslag staan. Eén score is genoeg. Typ het getal met het min-teken, zoals
              -2,5.
            </p>
            <div className="mt-3 space-y-5">
              {SITES.map((site) => (
                <TScoreField
                  key={site}
                  site={site}
                  scoreName={scoreName}
                  text={values.texts[site]}
                  field={outcome?.check.fields[site] ?? null}
                  inputRef={(element) => {
                    inputs.current[site] = element;
                  }}
                  onChange={(text) =>
                    setValues((previous) => ({ ...previous, texts: { ...previous.texts, [site]: text } }))
                  }
                />
              ))}
            </div>
          </fieldset>

          <TScoreChoice
            name={FRACTURE_KEY}
            legend="Heeft u een bot gebroken na een kleine val of stoot?"
            hint="Bijvoorbeeld uw pols, heup of een wervel, na een val vanuit staan. Een breuk door een ongeluk met veel kracht telt niet mee."
            options={FRACTURE_OPTIONS}
            value={values.fracture ? 'ja' : 'nee'}
            onChange={(answer) => choose({ ...values, fracture: answer === 'ja' })}
            layout="row"
          />

          <button type="submit" className="btn no-print text-lg">
            Bekijk wat uw score betekent
          </button>
        </form>
      </div>

      <div ref={resultRef} role="status" aria-live="polite" className="scroll-mt-4">
        {result && <TScoreResultView result={result} headingId={`${id}-result`} />}
      </div>

      {result && (
        <div className="no-print mt-4 space-y-2">
          <div className="flex flex-wrap items-start gap-3">
            <CopyLinkButton label="Kopieer link" />
            <CarryOverLink
              fragment={encodeMeasurementsForCard(
                result.evaluation.perSite.map((entry) => ({
                  site: entry.site,
                  kind: result.evaluation.group,
                  score: formatScore(entry.value),
                })),
              )}
            />
          </div>
          <p className="text-base text-muted">
            In de link staan uw scores. Zo kunt u ze delen met uw arts of iemand anders. Uw scores worden niet naar ons
            of naar anderen verstuurd.
          </p>
        </div>
      )}
    </section>
  );
}
