// Questions a person may want to ask at the next appointment: a short list to tick, plus their own.
// Plain Dutch (B1, "u"); the tandarts question follows medical-facts §5 and §12.3 (tell the dentist).

export const QUESTIONS = {
  duur: 'Hoe lang moet ik dit medicijn gebruiken?',
  meting: 'Wanneer krijg ik een nieuwe meting?',
  sport: 'Mag ik sporten? Welke oefeningen zijn goed voor mij?',
  bijwerkingen: 'Welke bijwerkingen kan ik krijgen, en wat doe ik dan?',
  vergeten: 'Wat doe ik als ik mijn medicijn vergeten ben?',
  calcium: 'Heb ik extra calcium of vitamine D nodig?',
  tandarts: 'Moet ik mijn tandarts vertellen welk medicijn ik gebruik?',
  vallen: 'Wat kan ik doen om niet te vallen?',
  stoppen: 'Wat gebeurt er als ik stop met mijn medicijn?',
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(QUESTIONS, value);
}
