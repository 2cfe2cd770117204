// What the two self-checks (fall risk, fracture risk) share: multiple-choice questions as data, answers keyed by the
// question's plain name (the radio's `name`, the URL fragment's key and the no-JS query key are the same word), and
// reading answers back from a fragment that may hold anything.
import { NO, YES, readFragment, writeFragment } from '../fragment/fragment';

export type ChoiceOption = { value: string; label: string };

export type ChoiceQuestion = {
  /** Plain kebab-case name: the radio group's name and the fragment key, e.g. "gevallen". */
  key: string;
  /** The question itself, shown as the fieldset's legend. */
  legend: string;
  /** One short line under the question, read with it. */
  hint?: string;
  options: readonly ChoiceOption[];
};

export const YES_NO: readonly ChoiceOption[] = [
  { value: YES, label: 'Ja' },
  { value: NO, label: 'Nee' },
];

/** On the printed sheet, for a question left open (it counts as "nee"). */
export const UNANSWERED = 'Geen antwoord';

/** Only answered questions are present; an unanswered question counts as its first "no"-like option. */
export type Answers = Readonly<Record<string, string>>;

/** Longer than any answer value; longer values are ignored. */
const MAX_VALUE_LENGTH = 20;

/** The answer the person gave, or undefined; a value the question does not offer counts as no answer. */
export function answerOf(question: ChoiceQuestion, answers: Answers): string | undefined {
  const value = Object.hasOwn(answers, question.key) ? answers[question.key] : undefined;
  return question.options.some((option) => option.value === value) ? value : undefined;
}

/** The label of the given answer, or the label for an unanswered question. */
export function answerLabel(question: ChoiceQuestion, answers: Answers, unanswered: string): string {
  const value = answerOf(question, answers);
  return question.options.find((option) => option.value === value)?.label ?? unanswered;
}

/**
 * Keeps only known keys with a value their question offers, lower-cased: "#GEVALLEN=Ja&foo=1" → {gevallen: "ja"}.
 * Never throws; anything else in the fragment (a section anchor, a mistyped key) is ignored.
 */
export function readAnswers(questions: readonly ChoiceQuestion[], hash: string): Record<string, string> {
  const entries = readFragment(hash);
  const answers: Record<string, string> = {};
  if (entries === null) return answers;
  for (const question of questions) {
    const value = entries.get(question.key)?.toLowerCase();
    if (value === undefined || value.length > MAX_VALUE_LENGTH) continue;
    if (question.options.some((option) => option.value === value)) answers[question.key] = value;
  }
  return answers;
}

/** The answered questions in question order, "gevallen=ja&stok=nee", without "#"; "" when nothing is answered. */
export function writeAnswers(questions: readonly ChoiceQuestion[], answers: Answers): string {
  return writeFragment(questions.map((question) => [question.key, answerOf(question, answers)] as const));
}
