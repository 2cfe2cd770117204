import { BONE_CARD_PATH } from '@/lib/bone-card/fragment';

/** "Zet op mijn botkaart": opens the card with a tool's result in its fragment (#kaart=erbij&…), added to the card. */
export function CarryOverLink({ fragment }: { fragment: string }) {
  return (
    <a href={`${BONE_CARD_PATH}${fragment}`} className="btn-secondary no-print">
      Zet op mijn botkaart
    </a>
  );
}
