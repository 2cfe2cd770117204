'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { PrintQr } from '@/components/print/PrintQr';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { Field } from '@/components/ui/Field';
import { EXERCISES, findExercise } from '@/lib/exercise/exercises';
import { decodePlanFragment, encodePlanFragment } from '@/lib/exercise/fragment';
import type { QrCodeShape } from '@/lib/share/qr-code';
import { SITE_URL } from '@/lib/site/config';
import {
  EMPTY_PLAN,
  PLAN_LIMITS,
  amountWord,
  checkPlan,
  newItem,
  type PlanInput,
  type PlanItemInput,
} from '@/lib/exercise/plan';
import { PlanNumberField } from './PlanNumberField';
import { PlanPicker } from './PlanPicker';
import { PlanSheet } from './PlanSheet';

type ExercisePlanProps = {
  /** Each exercise's picture, drawn inside its <svg> (read on the server from public/afbeeldingen/oefeningen). */
  pictures: Record<string, string>;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Builds an exercise plan from the article's exercises. Thin: lib/exercise checks the numbers and words the dose.
 * The plan lives in the page and in the URL fragment only, so a link restores it and nothing is sent anywhere.
 */
export function ExercisePlan({ pictures }: ExercisePlanProps) {
  const id = useId();
  const [plan, setPlan] = useState<PlanInput>(EMPTY_PLAN);
  const [unknownIds, setUnknownIds] = useState<string[]>([]);
  const [printProblem, setPrintProblem] = useState(false);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const check = checkPlan(plan);
  const link = check.items.length > 0 ? `${SITE_URL}${PLAN_PATH}#${encodePlanFragment(plan)}` : null;
  const [qr, setQr] = useState<{ link: string; shape: QrCodeShape } | null>(null);

  // The printed plan carries a QR code that opens this very plan on a phone. Its code loads only once there is a
  // plan; a code for an older plan is never printed (it must match the link).
  useEffect(() => {
    if (!link) return;
    let current = true;
    import('@/lib/share/qr-code')
      .then(({ qrCodeShape }) => {
        if (current) setQr({ link, shape: qrCodeShape(link) });
      })
      .catch(() => {
        // Without the QR code the printed plan still has the address to type.
      });
    return () => {
      current = false;
    };
  }, [link]);

  const update = useCallback((next: PlanInput) => {
    setPlan(next);
    setPrintProblem(false);
    window.history.replaceState(
      null,
      '',
      next.items.length > 0 ? `#${encodePlanFragment(next)}` : window.location.pathname,
    );
  }, []);

  // A shared link: read the fragment on arrival and when it changes; a fragment that is not a plan is left alone.
  useEffect(() => {
    function fromFragment() {
      const decoded = decodePlanFragment(window.location.hash);
      if (decoded === null) return;
      setPlan(decoded.plan);
      setUnknownIds(decoded.unknownIds);
    }
    fromFragment();
    window.addEventListener('hashchange', fromFragment);
    return () => window.removeEventListener('hashchange', fromFragment);
  }, []);

  function toggle(exerciseId: string, chosen: boolean) {
    const exercise = findExercise(exerciseId);
    if (!exercise) return;
    const items = chosen
      ? [...plan.items, newItem(exercise)].sort((a, b) => order(a) - order(b))
      : plan.items.filter((item) => item.id !== exerciseId);
    update({ ...plan, items });
  }

  function setItem(exerciseId: string, change: Partial<PlanItemInput>) {
    update({ ...plan, items: plan.items.map((item) => (item.id === exerciseId ? { ...item, ...change } : item)) });
  }

  function print() {
    if (!check.ok) {
      setPrintProblem(true);
      fieldsRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    window.print();
  }

  const chosen = new Set(plan.items.map((item) => item.id));
  const itemInput = (exerciseId: string) => plan.items.find((item) => item.id === exerciseId);

  return (
    <div className="exercise-plan text-lg">
      {unknownIds.length > 0 ? (
        <div role="alert" className="no-print mt-6 rounded-lg border-4 border-caution p-4">
          <p className="font-bold">Niet alles uit de link staat in het schema</p>
          <p>
            {unknownIds.length === 1 ? 'Deze oefening kennen we niet' : 'Deze oefeningen kennen we niet'}:{' '}
            {unknownIds.map((unknown) => `“${unknown}”`).join(', ')}. {unknownIds.length === 1 ? 'Die is' : 'Die zijn'}{' '}
            weggelaten. Vraag wie u de link stuurde om een nieuwe link.
          </p>
        </div>
      ) : null}

      <form noValidate onSubmit={(event) => event.preventDefault()} className="no-print mt-6 space-y-8">
        <PlanPicker pictures={pictures} chosen={chosen} onToggle={toggle} />

        <fieldset className="card" aria-describedby={`${id}-settings-hint`}>
          <legend className="px-1 text-2xl font-bold">2. Hoe vaak en hoeveel?</legend>
          <p id={`${id}-settings-hint`} className="field-hint">
            Bij elke oefening staat eerst wat het artikel aanraadt. Pas het aan als uw fysiotherapeut iets anders zegt.
          </p>
          <div ref={fieldsRef} className="mt-4 space-y-6">
            {check.items.length === 0 ? <p>Kies eerst hierboven één of meer oefeningen.</p> : null}
            {check.items.map(({ exercise, amount, sets }) => (
              <fieldset key={exercise.id} className="border-l-4 border-brand pl-3">
                <legend className="font-bold">{exercise.name}</legend>
                <p className="text-base text-muted">Advies in het artikel: {exercise.dose.text}</p>
                <div className="mt-2 flex flex-wrap gap-x-6 gap-y-3">
                  <PlanNumberField
                    name={`${exercise.id}-aantal`}
                    label={`${capitalise(amountWord(exercise).replace('het aantal ', ''))} (${PLAN_LIMITS.amount.min}–${PLAN_LIMITS.amount.max})`}
                    value={itemInput(exercise.id)?.amount ?? ''}
                    error={amount.error}
                    onChange={(text) => setItem(exercise.id, { amount: text })}
                  />
                  <PlanNumberField
                    name={`${exercise.id}-sets`}
                    label={`Sets (${PLAN_LIMITS.sets.min}–${PLAN_LIMITS.sets.max})`}
                    value={itemInput(exercise.id)?.sets ?? ''}
                    error={sets.error}
                    onChange={(text) => setItem(exercise.id, { sets: text })}
                  />
                </div>
              </fieldset>
            ))}
            <PlanNumberField
              name="dagen"
              label={`Dagen per week (${PLAN_LIMITS.days.min}–${PLAN_LIMITS.days.max})`}
              value={plan.days}
              error={check.days.error}
              onChange={(text) => update({ ...plan, days: text })}
            />
            <Field
              label="Notitie (mag leeg blijven)"
              hints={[
                `Bijvoorbeeld: rustig opbouwen, of wat u moet vermijden. Hoogstens ${PLAN_LIMITS.noteLength} tekens.`,
              ]}
              error={check.note.error}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  className="input mt-1"
                  value={plan.note}
                  onChange={(event) => update({ ...plan, note: event.target.value })}
                />
              )}
            </Field>
          </div>
        </fieldset>
      </form>

      <div role="status" aria-live="polite" className="sr-only">
        {check.items.length === 0
          ? ''
          : `${check.items.length} ${check.items.length === 1 ? 'oefening' : 'oefeningen'} in het schema.`}
      </div>

      {check.items.length > 0 ? (
        <>
          <PlanSheet check={check} pictures={pictures} headingId={`${id}-schema`} />
          {qr && qr.link === link ? (
            <PrintQr
              qr={qr.shape}
              large
              label="QR-code die dit oefenschema opent"
              title="Dit schema op uw telefoon"
              explanation="Scan de QR-code met de camera van uw telefoon. Dan opent dit schema, met dezelfde oefeningen en aantallen. Een nieuw schema maken kan op:"
              address={`${SITE_URL}${PLAN_PATH}`}
            />
          ) : null}
          <div className="no-print mt-8 flex flex-wrap items-start gap-4">
            <button type="button" className="btn" onClick={print}>
              Print het schema
            </button>
            <CopyLinkButton label="Kopieer link naar dit schema" />
          </div>
          {printProblem ? (
            <p role="alert" className="no-print field-error">
              Het schema kan nog niet geprint worden: een getal klopt niet. Pas het veld met de melding aan.
            </p>
          ) : null}
          <p className="no-print mt-2 text-base text-muted">
            In de link staat het hele schema. Zo kan een fysiotherapeut het naar een patiënt sturen. Het schema wordt
            niet naar ons of naar anderen verstuurd.
          </p>
        </>
      ) : null}
    </div>
  );
}

const PLAN_PATH = '/hulpmiddelen/oefenschema';
const ORDER = new Map(EXERCISES.map((exercise, index) => [exercise.id, index]));
const order = (item: PlanItemInput) => ORDER.get(item.id) ?? 0;
