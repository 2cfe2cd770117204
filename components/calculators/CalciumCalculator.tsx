'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { FOOD_GROUPS, FOODS, GROUP_LABELS, type FoodId, type SupplementId } from '@/lib/calcium/foods';
import { EMPTY_FORM, stepPortion, type CalciumForm } from '@/lib/calcium/form';
import { decodeFragment, encodeFragment } from '@/lib/calcium/fragment';
import { calciumView } from '@/lib/calcium/view';
import { CalciumAdvice } from './CalciumAdvice';
import { CalciumResultPanel } from './CalciumResultPanel';
import { CalciumTotalBar } from './CalciumTotalBar';
import { PersonFields } from './PersonFields';
import { PortionCounter } from './PortionCounter';
import { SupplementFields } from './SupplementFields';
import { useTotalBar } from './useTotalBar';

/**
 * The calcium calculator. The day lives in the URL fragment (history.replaceState, nothing is sent anywhere), so a
 * link restores it. The fragment is only written after the person changes something, so an article's section
 * anchor is left alone until then.
 */
export function CalciumCalculator() {
  const [form, setForm] = useState<CalciumForm>(EMPTY_FORM);
  const changedByUser = useRef(false);
  const view = useMemo(() => calciumView(form), [form]);
  const { calculator: formRef, result: summaryRef, shown: totalBarShown } = useTotalBar();

  useEffect(() => {
    const restore = () => {
      const fromLink = decodeFragment(window.location.hash);
      if (fromLink) setForm(fromLink);
    };
    restore();
    window.addEventListener('hashchange', restore);
    return () => window.removeEventListener('hashchange', restore);
  }, []);

  useEffect(() => {
    if (!changedByUser.current) return;
    const fragment = encodeFragment(form);
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', fragment ? `${pathname}${search}#${fragment}` : `${pathname}${search}`);
  }, [form]);

  function update(change: (current: CalciumForm) => CalciumForm) {
    changedByUser.current = true;
    setForm(change);
  }
  const setAmount = (id: FoodId | SupplementId, text: string) =>
    update((current) => ({ ...current, amounts: { ...current.amounts, [id]: text } }));
  const stepAmount = (id: FoodId, delta: 1 | -1, unitWords: readonly string[]) =>
    update((current) => ({
      ...current,
      amounts: { ...current.amounts, [id]: stepPortion(current.amounts[id] ?? '', delta, unitWords) },
    }));

  return (
    <div className="calcium-calculator not-prose my-8 space-y-6 print:my-3 print:space-y-3">
      {/* The result sits beside the form where the calculator itself is wide enough (its own page on a desktop),
          not where the screen is: in an article's column it stays below, and the total bar keeps it in view. */}
      <div className="@container">
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 @3xl:grid-cols-[minmax(0,1fr)_24rem] @3xl:items-start print:block">
          <div ref={formRef} className="space-y-6 print:hidden">
            <PersonFields
              form={form}
              ageError={view.errors.age}
              targetReason={view.targetReason}
              onChange={(change) => update((current) => ({ ...current, ...change }))}
            />
            {FOOD_GROUPS.map((group) => (
              <fieldset key={group} className="card">
                <legend className="px-1 text-2xl font-bold">{GROUP_LABELS[group]}</legend>
                {FOODS.filter((food) => food.group === group).map((food) => (
                  <PortionCounter
                    key={food.id}
                    food={food}
                    value={form.amounts[food.id] ?? ''}
                    error={view.errors[food.id]}
                    subtotal={view.subtotals[food.id] ?? ''}
                    onChange={(text) => setAmount(food.id, text)}
                    onStep={(delta) => stepAmount(food.id, delta, food.unitWords)}
                  />
                ))}
              </fieldset>
            ))}
            <SupplementFields values={form.amounts} errors={view.errors} onChange={setAmount} />
          </div>
          <CalciumResultPanel view={view} summaryRef={summaryRef} />
        </div>
      </div>
      <CalciumTotalBar {...view.compact} shown={totalBarShown} />
      <CalciumAdvice view={view} />
    </div>
  );
}
