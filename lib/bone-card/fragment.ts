// The card in a readable URL fragment, through lib/fragment (browsers never send the fragment to a server):
//   #kaart=1&m1-datum=14-11-2026&m1-plek=wervelkolom&m1-soort=t&m1-score=-2,7&med1=denosumab&med1-laatst=…
// "kaart=1" is a link that restores a whole card; "kaart=erbij" comes from a tool ("Zet op mijn botkaart") and adds
// its result to the card the person already has. Decoding reads every field on its own (through the card's
// schema), so a tampered or old link loses only the fields that cannot be read. Never throws.
import type { Site } from '../tscore/classify';
import { readFragment, writeFragment } from '../fragment/fragment';
import { LIMITS, readCard, type CardValues, type ScoreKind } from './card';

export const BONE_CARD_PATH = '/hulpmiddelen/mijn-botkaart';
export const CARD_KEY = 'kaart';
export const RESTORE = '1';
export const ADD = 'erbij';
/** A full card with its own questions is longer than a tool's fragment. */
const MAX_CARD_FRAGMENT_LENGTH = 12_000;

export type CardFragment = { mode: 'restore' | 'add'; card: CardValues };

type Pair = readonly [string, string | undefined];

function cardPairs(card: CardValues): Pair[] {
  return [
    ...card.measurements.flatMap((m, i): Pair[] => [
      [`m${i + 1}-datum`, m.date],
      [`m${i + 1}-plek`, m.site],
      [`m${i + 1}-soort`, m.kind],
      [`m${i + 1}-score`, m.score],
    ]),
    ...card.fractures.flatMap((f, i): Pair[] => [
      [`b${i + 1}-plek`, f.place],
      [`b${i + 1}-datum`, f.date],
    ]),
    ...card.medicines.flatMap((m, i): Pair[] => [
      [`med${i + 1}`, m.medicine],
      [`med${i + 1}-start`, m.start],
      [`med${i + 1}-laatst`, m.last],
      [`med${i + 1}-dag`, m.weekday],
      [`med${i + 1}-dosis`, m.dose],
    ]),
    ['vragen', card.questions.join(',')],
    ...card.ownQuestions.map((q, i): Pair => [`vraag${i + 1}`, q]),
    ['calcium', card.calcium.intake],
    ['calcium-advies', card.calcium.target],
  ];
}

/** "#kaart=1&…" for a link that restores this card. */
export function encodeCardFragment(card: CardValues, mode: CardFragment['mode'] = 'restore'): string {
  return `#${writeFragment([[CARD_KEY, mode === 'restore' ? RESTORE : ADD], ...cardPairs(card)])}`;
}

/** What a tool carries over: a measurement per site, e.g. from the T-score tool. */
export function encodeMeasurementsForCard(
  measurements: readonly { site: Site; kind: ScoreKind; score: string; date?: string }[],
): string {
  return encodeCardFragment(
    {
      measurements: measurements.map((m) => ({ date: m.date ?? '', site: m.site, kind: m.kind, score: m.score })),
      fractures: [],
      medicines: [],
      questions: [],
      ownQuestions: [],
      calcium: { intake: '', target: '' },
    },
    'add',
  );
}

/** What the calcium calculator carries over: the day's total and the advised amount, in mg. */
export function encodeCalciumForCard(intakeMg: number, targetMg: number | null): string {
  return `#${writeFragment([
    [CARD_KEY, ADD],
    ['calcium', String(Math.round(intakeMg))],
    ['calcium-advies', targetMg === null ? undefined : String(Math.round(targetMg))],
  ])}`;
}

function rowsFrom(entries: ReadonlyMap<string, string>, prefix: string, keys: Record<string, string>, max: number) {
  const rows: Record<string, string>[] = [];
  for (let n = 1; n <= max; n += 1) {
    const row: Record<string, string> = {};
    let present = false;
    for (const [field, suffix] of Object.entries(keys)) {
      const value = entries.get(`${prefix}${n}${suffix}`);
      if (value !== undefined) present = true;
      row[field] = value ?? '';
    }
    if (present) rows.push(row);
  }
  return rows;
}

/** A card fragment back into a card; null when the fragment is not a card's (a section anchor, another tool). */
export function decodeCardFragment(hash: string): CardFragment | null {
  const entries = readFragment(hash, MAX_CARD_FRAGMENT_LENGTH);
  const mode = entries?.get(CARD_KEY);
  if (entries == null || (mode !== RESTORE && mode !== ADD)) return null;
  const ownQuestions: string[] = [];
  for (let n = 1; n <= LIMITS.ownQuestions; n += 1) {
    const question = entries.get(`vraag${n}`);
    if (question) ownQuestions.push(question);
  }
  const measurements = rowsFrom(
    entries,
    'm',
    { date: '-datum', site: '-plek', kind: '-soort', score: '-score' },
    LIMITS.measurements,
  );
  const card = readCard({
    measurements: measurements.map((row) => ({ ...row, kind: row.kind === '' ? 't' : row.kind })),
    fractures: rowsFrom(entries, 'b', { place: '-plek', date: '-datum' }, LIMITS.fractures),
    medicines: rowsFrom(
      entries,
      'med',
      { medicine: '', start: '-start', last: '-laatst', weekday: '-dag', dose: '-dosis' },
      LIMITS.medicines,
    ),
    questions: (entries.get('vragen') ?? '').split(',').map((id) => id.trim()),
    ownQuestions,
    calcium: { intake: entries.get('calcium') ?? '', target: entries.get('calcium-advies') ?? '' },
  });
  return { mode: mode === RESTORE ? 'restore' : 'add', card };
}

/** A carried-over result added to the card the person has: rows appended (up to the limits), calcium replaced. */
export function addToCard(card: CardValues, extra: CardValues): CardValues {
  return {
    measurements: [...card.measurements, ...extra.measurements].slice(0, LIMITS.measurements),
    fractures: [...card.fractures, ...extra.fractures].slice(0, LIMITS.fractures),
    medicines: [...card.medicines, ...extra.medicines].slice(0, LIMITS.medicines),
    questions: [...new Set([...card.questions, ...extra.questions])],
    ownQuestions: [...card.ownQuestions, ...extra.ownQuestions].slice(0, LIMITS.ownQuestions),
    calcium: extra.calcium.intake || extra.calcium.target ? extra.calcium : card.calcium,
  };
}
