'use client';

import { useCallback, useEffect, useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { EMPTY_CARD, type CardValues } from '@/lib/bone-card/card';
import { addToCard, decodeCardFragment, encodeCardFragment } from '@/lib/bone-card/fragment';
import { STORAGE_KEY, decodeSavedCard, encodeSavedCard } from '@/lib/bone-card/storage';
import { viewCard } from '@/lib/bone-card/view';
import { formatDutchDate, todayOf } from '@/lib/format/date';
import { CalciumFields } from './CalciumFields';
import { CardOverview } from './CardOverview';
import { FractureRows } from './FractureRows';
import { KeepCard } from './KeepCard';
import { MeasurementRows } from './MeasurementRows';
import { MedicineRows } from './MedicineRows';
import { QuestionList } from './QuestionList';

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, a strict setting): the card simply is not kept
  }
}

function writeStorage(text: string | null): boolean {
  try {
    if (text === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

type Initial = { card: CardValues; saved: boolean; fromLink: boolean; showMessages: boolean; note: string };

const EMPTY_INITIAL: Initial = { card: EMPTY_CARD, saved: false, fromLink: false, showMessages: false, note: '' };

/** Only in the browser (BoneCardForm asks once it runs there). */
function loadInitial(): Initial {
  const stored = readStorage();
  const kept = stored === null ? EMPTY_CARD : decodeSavedCard(stored);
  const fromLink = decodeCardFragment(window.location.hash);
  const card = fromLink === null ? kept : fromLink.mode === 'restore' ? fromLink.card : addToCard(kept, fromLink.card);
  const note =
    fromLink === null
      ? ''
      : fromLink.mode === 'restore'
        ? 'Uw kaart is hersteld uit de link.'
        : 'De uitkomst is op uw kaart gezet.';
  return {
    card,
    saved: stored !== null,
    fromLink: fromLink !== null,
    showMessages: stored !== null || fromLink !== null,
    note,
  };
}

/**
 * Mijn botkaart. Everything stays in this browser: nothing is sent, and nothing is stored unless the person chooses
 * "Bewaar op dit apparaat". A link (#kaart=1&…) restores a card; a tool's "Zet op mijn botkaart" (#kaart=erbij&…)
 * adds its result. The fragment is removed from the address bar once read. Thin: lib/bone-card does the work.
 */
export function BoneCard() {
  // The server renders the empty card, so the page keeps its shape when the card starts (nothing below it moves);
  // without scripts that form is hidden (noscript:) and the page's <noscript> text explains. In the browser the
  // card starts again with what this device keeps and what the link carries: a new key, a fresh start, so a
  // hydrating render (next dev) still matches the server's HTML first.
  const inBrowser = useBrowserValue(() => true, false);
  return (
    <>
      <p role="alert" className="card mt-6 hidden font-semibold failed:block">
        De botkaart kon niet starten. Laad de pagina opnieuw. Lukt het dan nog niet? Probeer het later nog eens, of
        gebruik een andere browser.
      </p>
      <div className="noscript:hidden">
        <BoneCardForm key={inBrowser ? 'browser' : 'server'} inBrowser={inBrowser} />
      </div>
    </>
  );
}

function BoneCardForm({ inBrowser }: { inBrowser: boolean }) {
  // Read once: the card this device keeps, and a card or a result in the address's fragment.
  const [initial] = useState(() => (inBrowser ? loadInitial() : EMPTY_INITIAL));
  const [card, setCard] = useState<CardValues>(initial.card);
  const [saved, setSaved] = useState(initial.saved);
  const [touched, setTouched] = useState<ReadonlySet<string> | 'all'>(initial.showMessages ? 'all' : new Set());
  const [loadNote, setLoadNote] = useState(initial.note);

  // The card's values leave the address bar once read (a reload must not add a result twice).
  useEffect(() => {
    if (initial.fromLink) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  }, [initial.fromLink]);

  useEffect(() => {
    if (saved) writeStorage(encodeSavedCard(card));
  }, [card, saved]);

  const today = todayOf(new Date());
  const view = viewCard(card, today);
  const update = useCallback((change: (card: CardValues) => CardValues) => setCard((current) => change(current)), []);
  const touch = useCallback(
    (name: string) =>
      setTouched((current) => (current === 'all' || current.has(name) ? current : new Set([...current, name]))),
    [],
  );
  const errorFor = (name: string) => (touched === 'all' || touched.has(name) ? (view.errors[name] ?? null) : null);

  const formProps = { card, update, errorFor, touch };

  async function downloadCalendar(): Promise<string> {
    setTouched('all');
    const { buildCalendar, CALENDAR_FILE_NAME } = await import('@/lib/bone-card/calendar');
    const file = buildCalendar(view, today);
    if (!file.ok) return file.message;
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = CALENDAR_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return `Het agendabestand is gemaakt, met ${file.count === 1 ? '1 afspraak' : `${file.count} afspraken`}. Open het bestand om ze in uw agenda te zetten.`;
  }

  return (
    <div className="not-prose mt-6 text-lg">
      {loadNote ? (
        <p
          role="status"
          className="mb-4 rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold print:hidden"
        >
          {loadNote}
        </p>
      ) : null}
      {/* Wide screens: the form on the left, the card itself beside it, in view while filling in. */}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-6 print:block">
        <form
          noValidate
          onSubmit={(event) => event.preventDefault()}
          className="space-y-6 print:hidden"
          aria-labelledby="kaart-invullen"
        >
          {/* The form's parts (h3) sit under this heading, as the card (h2) and "Bewaren" (h2) sit beside it. */}
          <h2 id="kaart-invullen" className="text-2xl font-bold sm:text-3xl">
            Vul uw kaart in
          </h2>
          <MeasurementRows {...formProps} views={view.measurements} />
          <FractureRows {...formProps} />
          <MedicineRows {...formProps} views={view.medicineRows} />
          <CalciumFields {...formProps} />
          <QuestionList {...formProps} />
        </form>
        <CardOverview view={view} printedOn={formatDutchDate(today)} />
      </div>
      <KeepCard
        saved={saved}
        onSave={() => {
          setSaved(writeStorage(encodeSavedCard(card)));
        }}
        onStopSaving={() => {
          writeStorage(null);
          setSaved(false);
        }}
        onWipe={() => {
          writeStorage(null);
          setSaved(false);
          setCard(EMPTY_CARD);
          setTouched(new Set());
          setLoadNote('');
        }}
        makeLink={() => `${window.location.origin}${window.location.pathname}${encodeCardFragment(card)}`}
        onCalendar={downloadCalendar}
      />
    </div>
  );
}
