'use client';

import { useId } from 'react';
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
  const id = useId();
  const inputId = `${id}-aantal`;
  const hintId = `${id}-hint`;
  const noteId = `${id}-noot`;
  const errorId = `${id}-fout`;
  const describedBy = [hintId, food.note ? noteId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className="border-b border-[#c9d6e3] py-3 last:border-b-0">
      <label htmlFor={inputId} className="field-label">
        {food.name}
      </label>
      <span id={hintId} className="field-hint">
        {portionHint(food)}
      </span>
      {food.note ? (
        <span id={noteId} className="field-hint mt-1 italic">
          {food.note}
        </span>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary no-print w-12 px-0 text-2xl" onClick={() => onStep(-1)} aria-label={stepLabel(food, -1)}>
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input w-20 text-center text-xl"
          value={value}
          placeholder="0"
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        <button type="button" className="btn-secondary no-print w-12 px-0 text-2xl" onClick={() => onStep(1)} aria-label={stepLabel(food, 1)}>
          <span aria-hidden="true">+</span>
        </button>
        {subtotal ? <span className="ml-1 font-semibold">= {subtotal}</span> : null}
      </div>
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
