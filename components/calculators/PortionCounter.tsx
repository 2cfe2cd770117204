'use client';

import { Field } from '@/components/ui/Field';
import type { Food } from '@/lib/calcium/foods';
import { portionHint, stepLabel } from '@/lib/calcium/text';

type PortionCounterProps = {
  food: Food;
  /** Exactly what the person typed. */
  value: string;
  /** Why the typed value is not counted; shown next to the input and tied to it. */
  error?: string;
  /** The calcium this food adds, already formatted ("380 mg"); empty when nothing is eaten. */
  subtotal: string;
  onChange: (text: string) => void;
  onStep: (delta: 1 | -1) => void;
};

/** One food: its name as the visible label, − and + buttons with spoken names, and a box to type a number. */
export function PortionCounter({ food, value, error, subtotal, onChange, onStep }: PortionCounterProps) {
  return (
    <Field
      label={food.name}
      hints={food.note ? [portionHint(food), <i key="noot">{food.note}</i>] : [portionHint(food)]}
      error={error}
      className="border-b border-line py-3 last:border-b-0"
    >
      {(control) => (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn-secondary no-print w-12 px-0 text-2xl"
            onClick={() => onStep(-1)}
            aria-label={stepLabel(food, -1)}
          >
            <span aria-hidden="true">−</span>
          </button>
          <input
            {...control}
            name={food.id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="input w-20 text-center text-xl"
            value={value}
            placeholder="0"
            onChange={(event) => onChange(event.target.value)}
          />
          <button
            type="button"
            className="btn-secondary no-print w-12 px-0 text-2xl"
            onClick={() => onStep(1)}
            aria-label={stepLabel(food, 1)}
          >
            <span aria-hidden="true">+</span>
          </button>
          {subtotal ? <span className="ml-1 font-semibold">= {subtotal}</span> : null}
        </div>
      )}
    </Field>
  );
}
