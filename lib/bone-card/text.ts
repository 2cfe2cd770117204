// The card's words: the computed dates in sentences, the intake rules and the warnings, in plain Dutch (B1, "u").
// Facts: medical-facts §5 (intake rules, denosumab rebound), §12.1 (romosozumab), §12.2 (late doses), §12.3.
// Where the sheet has no verified rule (a forgotten weekly tablet, how late a denosumab injection may be), the card
// sends the person to their pharmacist or doctor instead of giving a rule.
import { formatDutchDate, WEEKDAY_NAMES } from '../format/date';
import { MEDICINES, type MedicineId } from './medicines';
import type { CoursePlan } from './schedule';

/** §5 (BCFI, MUMC+): alendronate and risedronate tablets. */
export const TABLET_INTAKE_RULE =
  "Neem de tablet 's morgens voor het ontbijt, op een lege maag. Slik hem heel door met een vol glas gewoon kraanwater: geen mineraalwater, koffie, thee, sap of melk. Blijf daarna minstens 30 minuten rechtop: zitten, staan of lopen. Eet en drink in die 30 minuten niets anders en neem geen andere medicijnen, ook geen calcium.";

/** §12.1 (apotheek.nl, FK) and §12.3 (ibandronate SmPC): the monthly ibandronate tablet. */
export const IBANDRONATE_TABLET_RULE =
  "Neem de tablet 's morgens in, op een lege maag. Slik hem heel door met een vol glas gewoon kraanwater, geen mineraalwater. Eet en drink daarna 1 uur niets. Blijf dat uur ook rechtop: zitten, staan of lopen.";

/** §12.1: a missed ibandronate injection: as soon as possible, then every 3 months from that injection. */
export const IBANDRONATE_INJECTION_LATE =
  'Deze datum is voorbij. Vraag uw arts om de prik zo snel mogelijk. De volgende prik komt dan 3 maanden na die prik.';

/** §12.2: no verified rule for a forgotten tablet, so a person to ask. */
export const MONTHLY_TABLET_LATE = 'Deze datum is voorbij. Vraag uw apotheker wat u moet doen.';

/** §12.3 (MUMC+ pub-900): tell the dentist; new pain in hip, groin or thigh. */
export const DENOSUMAB_DENTIST = 'Vertel uw tandarts dat u dit gebruikt.';
export const DENOSUMAB_THIGH = 'Krijgt u nieuwe pijn in uw heup, lies of dij? Bel dan uw arts.';

/** §5 (NHG 2019, NVR 2019) and §12.2. */
export const DENOSUMAB_WARNING =
  'Stop nooit zelf met denosumab en sla geen prik over. Zonder prik wordt het bot snel weer zwakker. Dan stijgt in het eerste jaar de kans op breuken in de wervels. Stoppen doet u alleen samen met uw arts, met een plan en een ander medicijn erna.';

/** §12.2: how late is acceptable is not verified, so the card says: call now. */
export const DENOSUMAB_LATE =
  'Deze datum is voorbij. Bel vandaag nog uw huisarts of de polikliniek voor een afspraak voor de prik.';

/** §12.1: romosozumab missed dose: as soon as feasible; next one not earlier than a month after the last. */
export const ROMOSOZUMAB_LATE =
  'Deze datum is voorbij. Vraag uw arts of u de prik zo snel mogelijk kunt krijgen. De prik daarna komt dan niet eerder dan een maand later.';

export const INFUSION_LATE = 'Deze datum is voorbij. Neem contact op met uw arts voor een nieuwe afspraak.';

/** §5 (Isala, Aclasta SmPC via §12.3). */
export const INFUSION_NOTE = 'Drink voor en na het infuus genoeg water.';
/** §5 (Forsteo SmPC, apotheek.nl). */
export const TERIPARATIDE_NOTE = 'Prik elke dag op een vast moment, in uw bovenbeen of buik.';
/** §12.2: the forgotten-tablet rule is unverified, so no rule, a person to ask. */
export const FORGOTTEN_TABLET = 'Tablet vergeten? Vraag uw apotheker wat u moet doen.';
export const PRESCRIPTION_NOTE = 'Neem dit medicijn zoals op uw recept staat. Vraag uw apotheker als u twijfelt.';
/** §12.3: the doctor prescribes calcium and vitamin D when intake is too low. */
export const SUPPLEMENT_NOTE = 'Neem dit zoals uw arts of apotheker heeft gezegd.';

const LATE_TEXT: Partial<Record<MedicineId, string>> = {
  denosumab: DENOSUMAB_LATE,
  romosozumab: ROMOSOZUMAB_LATE,
  'ibandronaat-prik': IBANDRONATE_INJECTION_LATE,
  'ibandronaat-maand': MONTHLY_TABLET_LATE,
};

const DOSE_WORD = { prik: 'prik', infuus: 'infuus', tablet: 'tablet' } as const;

function nextLabel(medicineId: MedicineId): string {
  const dose = MEDICINES[medicineId].dose;
  return dose === 'infuus' ? 'Volgend infuus' : `Volgende ${dose === null ? 'keer' : DOSE_WORD[dose]}`;
}

export type PlanText = {
  /** "Volgende prik: uiterlijk 14 mei 2027". */
  next: string | null;
  /** Said only when the next dose is late. */
  late: string | null;
  /** "Herbeoordeling door uw arts: rond mei 2031". */
  reevaluation: string | null;
  courseEnd: string | null;
  /** Intake rules and notes for this medicine. */
  notes: string[];
  /** The one warning that must stand out (denosumab). */
  warning: string | null;
};

/** The plan in words, the way the card and the printed card say it. */
export function describePlan(plan: CoursePlan): PlanText {
  const medicine = MEDICINES[plan.medicineId];
  let next: string | null = null;
  let late: string | null = null;
  if (plan.nextTablet) {
    next = `Volgende tablet: ${WEEKDAY_NAMES[plan.nextTablet.weekday]} ${formatDutchDate(plan.nextTablet.date)}, daarna elke ${WEEKDAY_NAMES[plan.nextTablet.weekday]}`;
  } else if (medicine.schedule.kind === 'daily') {
    next = `Elke dag 1 ${medicine.dose ?? 'keer'}`;
  }
  if (plan.nextDose) {
    const date = formatDutchDate(plan.nextDose.date);
    const when =
      plan.medicineId === 'denosumab'
        ? `uiterlijk ${date}`
        : plan.medicineId === 'romosozumab'
          ? `${date}, niet eerder`
          : date;
    next = `${nextLabel(plan.medicineId)}: ${when}`;
    if (plan.nextDose.late) late = LATE_TEXT[plan.medicineId] ?? INFUSION_LATE;
  }
  const reevaluation = plan.reevaluation
    ? plan.reevaluation.past
      ? `Herbeoordeling door uw arts: gepland rond ${formatDutchDate(plan.reevaluation.date)}. Vraag uw arts of die al geweest is.`
      : `Herbeoordeling door uw arts: rond ${formatDutchDate(plan.reevaluation.date)}`
    : null;
  const courseEnd = plan.courseEnd
    ? plan.courseEnd.past
      ? `De behandeling mag hoogstens ${medicine.maximumMonths} maanden duren. Die tijd is voorbij sinds ${formatDutchDate(plan.courseEnd.date)}: bespreek met uw arts wat u daarna gebruikt.`
      : `De behandeling duurt hoogstens ${medicine.maximumMonths} maanden: tot ${formatDutchDate(plan.courseEnd.date)}`
    : null;

  const notes: string[] = [];
  if (medicine.schedule.kind === 'weekly' || plan.medicineId === 'alendronaat-dag')
    notes.push(TABLET_INTAKE_RULE, FORGOTTEN_TABLET);
  if (plan.medicineId === 'ibandronaat-maand') notes.push(IBANDRONATE_TABLET_RULE, FORGOTTEN_TABLET);
  if (plan.medicineId === 'denosumab') notes.push(DENOSUMAB_DENTIST, DENOSUMAB_THIGH);
  if (plan.medicineId === 'zoledronaat') notes.push(INFUSION_NOTE);
  if (plan.medicineId === 'teriparatide') notes.push(TERIPARATIDE_NOTE);
  if (medicine.schedule.kind === 'prescription') notes.push(PRESCRIPTION_NOTE);
  if (medicine.schedule.kind === 'supplement') notes.push(SUPPLEMENT_NOTE);
  return {
    next,
    late,
    reevaluation,
    courseEnd,
    notes,
    warning: plan.medicineId === 'denosumab' ? DENOSUMAB_WARNING : null,
  };
}
