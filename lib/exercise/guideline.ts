/**
 * Beweegrichtlijnen 2017 (Gezondheidsraad, advies 2017/08), as CBS summarises them (medical-facts.md §6.2):
 * adults and older people do muscle- and bone-strengthening activities at least twice a week.
 */
export const STRENGTH_DAYS_PER_WEEK_MIN = 2;
