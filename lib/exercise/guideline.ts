/**
 * Beweegrichtlijnen 2017 (Gezondheidsraad, advies 2017/08), as CBS summarises them (medical-facts.md §6.2):
 * adults and older people do muscle- and bone-strengthening activities at least twice a week.
 */
export const STRENGTH_DAYS_PER_WEEK_MIN = 2;

/**
 * Not a guideline number: the article says "met rustdagen ertussen", and a 7-day week has room for a rest day
 * between training days up to 4 days (day 1, 3, 5, 7). Above that the plan leaves the promise of rest days out.
 */
export const MAX_DAYS_WITH_REST_BETWEEN = Math.ceil(7 / 2);
