'use client';

import { useEffect, useRef, useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { pickDutchVoice, READ_ALOUD_LANG, speechChunks } from '@/lib/reading/read-aloud';
import { Icon } from '@/components/ui/Icon';

type State = 'idle' | 'speaking' | 'paused';

/** Everything inside these is read; these parts of it are not (screen-only controls, screen reader hints). */
const READ_SELECTOR = '[data-read-aloud]';
const BLOCK_SELECTOR = 'h1, h2, h3, h4, p, li, caption, figcaption, th, td, dt, dd';
const SKIP_SELECTOR = '.no-print, .sr-only, [aria-hidden="true"], [hidden], nav, form, fieldset, noscript';

const STATUS: Record<State, string> = {
  idle: '',
  speaking: 'Het artikel wordt voorgelezen.',
  paused: 'Voorlezen is gepauzeerd.',
};

function canSpeak(): boolean {
  return Boolean(window.speechSynthesis) && typeof window.SpeechSynthesisUtterance === 'function';
}

/**
 * "Lees voor" with the browser's own speech synthesis, in a Dutch voice where the device has one. Nothing leaves
 * the device. Not shown at all where the browser cannot speak.
 */
export function ReadAloud() {
  const supported = useBrowserValue(canSpeak, false);
  const [state, setState] = useState<State>('idle');
  const run = useRef(0);

  useEffect(() => {
    if (!canSpeak()) return;
    // Voices load late in some browsers; asking early makes them ready by the time the reader clicks.
    window.speechSynthesis.getVoices();
    return () => window.speechSynthesis.cancel();
  }, []);

  if (!supported) return null;

  function start() {
    const synth = window.speechSynthesis;
    synth.cancel();
    const chunks = speechChunks(readableBlocks());
    if (chunks.length === 0) return;
    const voice = pickDutchVoice(synth.getVoices());
    const current = ++run.current;
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = voice?.lang ?? READ_ALOUD_LANG;
      if (voice) utterance.voice = voice;
      if (i === chunks.length - 1) utterance.onend = () => current === run.current && setState('idle');
      utterance.onerror = () => current === run.current && setState('idle');
      synth.speak(utterance);
    });
    setState('speaking');
  }

  function pause() {
    window.speechSynthesis.pause();
    setState('paused');
  }

  function resume() {
    window.speechSynthesis.resume();
    setState('speaking');
  }

  function stop() {
    run.current++;
    window.speechSynthesis.cancel();
    setState('idle');
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {state === 'idle' ? (
        <button type="button" className="btn-secondary" onClick={start}>
          <SpeakerIcon />
          Lees voor
        </button>
      ) : (
        <>
          {state === 'speaking' ? (
            <button type="button" className="btn-secondary" onClick={pause}>
              Pauzeer voorlezen
            </button>
          ) : (
            <button type="button" className="btn-secondary" onClick={resume}>
              Ga verder met voorlezen
            </button>
          )}
          <button type="button" className="btn-secondary" onClick={stop}>
            Stop voorlezen
          </button>
        </>
      )}
      <span role="status" className="text-base text-muted">
        {STATUS[state]}
      </span>
    </div>
  );
}

/**
 * The own text of every block in the marked parts of the page, in reading order, minus what is only for the screen.
 * Nested blocks (a list inside a list item) are taken out of their parent and read in their own turn.
 */
function readableBlocks(): string[] {
  const blocks: string[] = [];
  for (const root of document.querySelectorAll(READ_SELECTOR)) {
    for (const block of root.querySelectorAll(BLOCK_SELECTOR)) {
      // Not rendered (print-only parts, closed definitions) or only for the screen: not read.
      if (block.closest(SKIP_SELECTOR) || block.getClientRects().length === 0) continue;
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll(`${SKIP_SELECTOR}, ${BLOCK_SELECTOR}`).forEach((node) => node.remove());
      blocks.push(copy.textContent ?? '');
    }
  }
  return blocks;
}

function SpeakerIcon() {
  return (
    <Icon>
      <path d="M4 9v6h4l5 4V5L8 9z" strokeLinejoin="round" />
      <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" strokeLinecap="round" />
    </Icon>
  );
}
