// Dates the way Dutch readers type and read them: "14-11-2026", "14 november 2026", "november 2026" or "11-2026" where
// a month is enough, and the ISO value of an <input type="date"> ("2026-11-14"). Calendar dates only (no
// clock, no time zone): "today" is passed in, so every function is pure and a test can fix the day.

/** A day on the calendar; `day` is absent when only the month is known ("november 2026"). Month 1 = januari. */
export type CalendarDate = { year: number; month: number; day?: number };
export type DayDate = Required<CalendarDate>;

export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
};

/** Earlier than this is a typing error on a card about one's own bones. */
export const EARLIEST_YEAR = 1900;
/** Later than this is a typing error too (a next dose is never decades away). */
export const LATEST_YEAR = 2100;
/** Longer than this is never one date. */
const MAX_DATE_TEXT_LENGTH = 40;
const EXAMPLE_DAY = '14-11-2026';
const EXAMPLE_MONTH = 'november 2026';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toUtc(date: DayDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(time: number): DayDate {
  const value = new Date(time);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function addDays(date: DayDate, days: number): DayDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/**
 * Calendar months later; a day that the target month lacks becomes its last day (31 augustus + 6 maanden =
 * 28 of 29 februari), so a date computed as "uiterlijk" never moves past the month it belongs to.
 */
export function addMonths<T extends CalendarDate>(date: T, months: number): T {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (date.day === undefined) return { ...date, year, month };
  return { ...date, year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Negative when a is earlier. A month-only date counts as its first day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

export function daysBetween(from: DayDate, to: DayDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export function weekdayOf(date: DayDate): Weekday {
  // getUTCDay: 0 = zondag.
  return WEEKDAYS[(new Date(toUtc(date)).getUTCDay() + 6) % 7] ?? 'ma';
}

/** The first day on or after `from` that falls on `weekday`. */
export function nextWeekday(from: DayDate, weekday: Weekday): DayDate {
  const shift = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7;
  return addDays(from, shift);
}

/** "14 mei 2027", or "mei 2027" for a month-only date. */
export function formatDutchDate(date: CalendarDate): string {
  const month = MONTH_NAMES[date.month - 1] ?? '';
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * "2026-11-22" → "22 november 2026", for the dates the site itself writes (review dates, a printed sheet). Written
 * out rather than left to Intl: the first Intl formatter in a page loads the browser's locale data (40 to 60 ms).
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return formatDutchDate({ year, month, day });
}

/** "14-11-2026" or "11-2026": the short form a person can type back in. */
export function formatShortDate(date: CalendarDate): string {
  const mm = String(date.month).padStart(2, '0');
  return date.day === undefined ? `${mm}-${date.year}` : `${String(date.day).padStart(2, '0')}-${mm}-${date.year}`;
}

/** "2026-11-14" for an <input type="date">; "" for a month-only date. */
export function toIsoDate(date: CalendarDate): string {
  if (date.day === undefined) return '';
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Today's calendar date where the reader is (the browser's own time zone). */
export function todayOf(now: Date): DayDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export type DateRules = {
  /** "month": "november 2026" is enough; "day": the day is needed. */
  precision: 'day' | 'month';
  /** Must be today or earlier (a fracture, a measurement, the last injection). */
  notInFuture?: boolean;
  today: DayDate;
};

export type DateParse =
  | { status: 'empty'; message: string }
  | { status: 'invalid'; message: string }
  | { status: 'valid'; date: CalendarDate };

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  MONTH_BY_NAME.set(name, index + 1);
  MONTH_BY_NAME.set(name.slice(0, 3), index + 1);
});
MONTH_BY_NAME.set('sept', 9);
MONTH_BY_NAME.set('mrt', 3);

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DAY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$/;
const NUMERIC_MONTH = /^(\d{1,2})[-/.](\d+)$/;
const WORDS_DAY = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d+)$/;
const WORDS_MONTH = /^([a-z]+)\.?\s+(\d+)$/;

type Parts = { day?: number; month: number | null; year: string };

function split(text: string): Parts | null {
  let match = ISO.exec(text);
  if (match) return { year: match[1] ?? '', month: Number(match[2]), day: Number(match[3]) };
  match = NUMERIC_DAY.exec(text);
  if (match) return { day: Number(match[1]), month: Number(match[2]), year: match[3] ?? '' };
  match = WORDS_DAY.exec(text);
  if (match) return { day: Number(match[1]), month: MONTH_BY_NAME.get(match[2] ?? '') ?? null, year: match[3] ?? '' };
  match = NUMERIC_MONTH.exec(text);
  if (match) return { month: Number(match[1]), year: match[2] ?? '' };
  match = WORDS_MONTH.exec(text);
  if (match) return { month: MONTH_BY_NAME.get(match[1] ?? '') ?? null, year: match[2] ?? '' };
  return null;
}

function example(rules: DateRules): string {
  return rules.precision === 'month' ? `${EXAMPLE_DAY} of ${EXAMPLE_MONTH}` : `${EXAMPLE_DAY} of 14 november 2026`;
}

/** Reads one typed date. Never throws; every failure has a Dutch message that says what to type instead. */
export function parseDutchDate(raw: string, rules: DateRules): DateParse {
  const text = (typeof raw === 'string' ? raw : '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (text === '') return { status: 'empty', message: `Vul een datum in, bijvoorbeeld ${example(rules)}.` };
  const parts = text.length > MAX_DATE_TEXT_LENGTH ? null : split(text);
  if (parts === null) {
    return {
      status: 'invalid',
      message: `Dit is geen datum die wij kunnen lezen. Schrijf bijvoorbeeld ${example(rules)}.`,
    };
  }
  if (parts.month === null) {
    return {
      status: 'invalid',
      message: `Deze maand kennen wij niet. Schrijf de maand voluit, bijvoorbeeld ${EXAMPLE_MONTH}.`,
    };
  }
  if (parts.year.length !== 4) {
    return { status: 'invalid', message: `Schrijf het jaar met vier cijfers, bijvoorbeeld ${EXAMPLE_DAY}.` };
  }
  const year = Number(parts.year);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return { status: 'invalid', message: `Controleer het jaartal: ${year} kan hier niet kloppen.` };
  }
  if (parts.month < 1 || parts.month > 12) {
    return {
      status: 'invalid',
      message: `Een jaar heeft 12 maanden; maand ${parts.month} bestaat niet. Schrijf bijvoorbeeld ${EXAMPLE_DAY}.`,
    };
  }
  const month = parts.month;
  if (parts.day === undefined && rules.precision === 'day') {
    return { status: 'invalid', message: `Vul ook de dag in, bijvoorbeeld ${EXAMPLE_DAY}.` };
  }
  if (parts.day !== undefined) {
    const last = daysInMonth(year, month);
    if (parts.day < 1 || parts.day > last) {
      const monthName = MONTH_NAMES[month - 1] ?? '';
      return {
        status: 'invalid',
        message: `${parts.day} ${monthName} ${year} bestaat niet: ${monthName} heeft in ${year} ${last} dagen.`,
      };
    }
  }
  const date: CalendarDate = parts.day === undefined ? { year, month } : { year, month, day: parts.day };
  if (rules.notInFuture && compareDates(date, rules.today) > 0) {
    return {
      status: 'invalid',
      message: `${formatDutchDate(date)} ligt in de toekomst. Vul een datum in die al geweest is.`,
    };
  }
  return { status: 'valid', date };
}

/** Today's date on this device, as YYYY-MM-DD in its own time zone (not UTC: at 00:30 in Amsterdam it is today). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
