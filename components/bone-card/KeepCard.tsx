'use client';

import { useState } from 'react';

type Where = 'device' | 'calendar' | 'link' | 'wipe';

type KeepCardProps = {
  saved: boolean;
  onSave: () => void;
  onStopSaving: () => void;
  onWipe: () => void;
  /** The address that restores the card (with its #fragment). */
  makeLink: () => string;
  onCalendar: () => Promise<string>;
};

/** Keeping the card: on this device (only when chosen), as a link, in the calendar, on paper; and wiping it. */
export function KeepCard({ saved, onSave, onStopSaving, onWipe, makeLink, onCalendar }: KeepCardProps) {
  const [link, setLink] = useState<string | null>(null);
  // Each message appears (and is announced) next to the button that caused it, where the eye already is.
  const [status, setStatusFor] = useState<{ where: Where; text: string } | null>(null);
  const statusAt = (where: Where) => (
    <p role="status" aria-live="polite" className="font-semibold empty:hidden">
      {status?.where === where ? status.text : ''}
    </p>
  );

  return (
    <section aria-labelledby="kaart-bewaren" className="card mt-8 max-w-[48rem] space-y-6 print:hidden">
      <h2 id="kaart-bewaren" className="text-2xl font-bold">
        Bewaren, printen en in uw agenda
      </h2>
      <div className="space-y-2">
        <h3 className="text-xl font-bold">Op dit apparaat</h3>
        {saved ? (
          <>
            <p>Uw kaart wordt bewaard in deze browser, op dit apparaat. Elke wijziging wordt meteen bewaard.</p>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                onStopSaving();
                setStatusFor({
                  where: 'device',
                  text: 'Uw kaart wordt niet meer bewaard. Wat u ziet, blijft staan tot u de pagina sluit.',
                });
              }}
            >
              Niet meer bewaren
            </button>
          </>
        ) : (
          <>
            <p>
              Nu wordt niets bewaard: sluit u de pagina, dan is uw kaart weg. Kiest u &lsquo;Bewaar op dit
              apparaat&rsquo;, dan blijft de kaart in deze browser staan. Er gaat niets naar ons of naar anderen.
              Gebruikt u een computer die u deelt met anderen, bijvoorbeeld in de bibliotheek? Dan kan de volgende
              gebruiker uw kaart zien. Bewaar hem dan niet, of kies na afloop &lsquo;Alles wissen&rsquo;.
            </p>
            <button
              type="button"
              className="btn"
              onClick={() => {
                onSave();
                setStatusFor({ where: 'device', text: 'Uw kaart is bewaard op dit apparaat.' });
              }}
            >
              Bewaar op dit apparaat
            </button>
          </>
        )}
        {statusAt('device')}
      </div>

      <div className="space-y-2">
        <h3 className="text-xl font-bold">In uw agenda</h3>
        <p>
          U krijgt een agendabestand. Open het op uw telefoon of computer, dan zet uw eigen agenda de tabletdagen, de
          volgende prik of het volgende infuus (met een herinnering twee weken van tevoren) en de herbeoordeling erin.
        </p>
        <button
          type="button"
          className="btn"
          onClick={async () => setStatusFor({ where: 'calendar', text: await onCalendar() })}
        >
          Zet in mijn agenda
        </button>
        {statusAt('calendar')}
      </div>

      <div className="space-y-2">
        <h3 className="text-xl font-bold">Op papier</h3>
        <p>Neem de kaart mee naar uw afspraak. Er is ruimte om de antwoorden op te schrijven.</p>
        <button type="button" className="btn" onClick={() => window.print()}>
          Print mijn botkaart
        </button>
      </div>

      <div className="space-y-2">
        <h3 className="text-xl font-bold">Als link</h3>
        <p>
          <strong>Let op:</strong> iedereen die deze link heeft, kan uw kaart lezen. Alles wat u invulde staat erin.
          Deel de link alleen met iemand die u vertrouwt, zoals uw arts.
        </p>
        <button type="button" className="btn-secondary" onClick={() => setLink(makeLink())}>
          Maak een link die uw kaart herstelt
        </button>
        {link ? (
          <div className="space-y-2">
            <label htmlFor="kaart-link" className="field-label">
              De link naar uw kaart
            </label>
            <input
              id="kaart-link"
              name="kaart-link"
              readOnly
              className="input font-mono text-base"
              value={link}
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(link);
                  setStatusFor({ where: 'link', text: 'De link is gekopieerd.' });
                } catch {
                  setStatusFor({ where: 'link', text: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.' });
                }
              }}
            >
              Kopieer de link
            </button>
            {statusAt('link')}
          </div>
        ) : null}
      </div>

      <div className="space-y-2">
        <h3 className="text-xl font-bold">Alles wissen</h3>
        <p>Haalt alles van de kaart weg, ook wat op dit apparaat bewaard is.</p>
        <button
          type="button"
          className="btn-secondary border-error text-error"
          onClick={() => {
            if (!window.confirm('Weet u zeker dat u alles van uw botkaart wilt wissen?')) return;
            onWipe();
            setLink(null);
            setStatusFor({
              where: 'wipe',
              text: 'Alles is gewist. Er staat niets meer op uw kaart en niets meer op dit apparaat.',
            });
          }}
        >
          Alles wissen
        </button>
        {statusAt('wipe')}
      </div>
    </section>
  );
}
