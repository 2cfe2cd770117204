import { Field } from '@/components/ui/Field';
import { LIMITS } from '@/lib/bone-card/card';
import { QUESTIONS, QUESTION_IDS } from '@/lib/bone-card/questions';
import { focusField, removeAt, replaceAt, type CardFormProps } from './formProps';

/** Questions to tick for the next appointment, and the person's own. */
export function QuestionList({ card, update }: CardFormProps) {
  return (
    <section aria-labelledby="kaart-vragen" className="card space-y-4">
      <h3 id="kaart-vragen" className="text-2xl font-bold">
        Vragen voor mijn afspraak
      </h3>
      <fieldset>
        <legend className="field-label">Vink aan wat u wilt vragen</legend>
        <div className="mt-2 space-y-1">
          {QUESTION_IDS.map((id) => (
            <label key={id} className="flex min-h-12 cursor-pointer items-start gap-3 py-1">
              <input
                type="checkbox"
                name="vragen"
                value={id}
                checked={card.questions.includes(id)}
                onChange={(event) => {
                  const checked = event.target.checked;
                  update((c) => ({
                    ...c,
                    questions: checked ? [...c.questions, id] : c.questions.filter((q) => q !== id),
                  }));
                }}
                className="mt-1 size-6 shrink-0 accent-brand"
              />
              <span>{QUESTIONS[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {card.ownQuestions.map((question, index) => (
        <div key={`vraag${index + 1}`} className="flex flex-wrap items-end gap-2">
          <Field label={`Eigen vraag ${index + 1}`} className="min-w-0 flex-1">
            {(control) => (
              <input
                {...control}
                name={`vraag${index + 1}`}
                type="text"
                autoComplete="off"
                className="input mt-1"
                maxLength={LIMITS.longText}
                value={question}
                onChange={(event) => {
                  const text = event.target.value;
                  update((c) => ({ ...c, ownQuestions: replaceAt(c.ownQuestions, index, text) }));
                }}
              />
            )}
          </Field>
          <button
            type="button"
            className="btn-secondary"
            aria-label={`Eigen vraag ${index + 1} weghalen`}
            onClick={() => update((c) => ({ ...c, ownQuestions: removeAt(c.ownQuestions, index) }))}
          >
            Weghalen
          </button>
        </div>
      ))}
      {card.ownQuestions.length < LIMITS.ownQuestions ? (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            update((c) => ({ ...c, ownQuestions: [...c.ownQuestions, ''] }));
            focusField(`vraag${card.ownQuestions.length + 1}`);
          }}
        >
          Eigen vraag toevoegen
        </button>
      ) : null}
    </section>
  );
}
