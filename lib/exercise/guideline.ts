/**
 * Beweegrichtlijnen 2017 (Gezondheidsraad, advies 2017/08), as CBS summarises them (medical-facts.md §6.2):
 * adults and older people do muscle- and bone-strengthening activities at least twice a week.
 */
export const STRENGTH_DAYS_PER_WEEK_MIN = 2;

/**
 * The article's practical advice (bewegen-en-oefeningen, "Hoe vaak en hoe zwaar"): build up to 4 times a week, with
 * rest days in between. Not a guideline number; the plan only mentions it when more days are chosen.
 */
export const ARTICLE_MAX_DAYS_PER_WEEK = 4;
