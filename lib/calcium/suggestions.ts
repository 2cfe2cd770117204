// Concrete ways to close a gap, built from the food table: "1 glas halfvolle melk extra: +190 mg".
import { FOODS, type Food, type FoodId } from './foods';
import { formatMg, joinDutch, portionPhrase } from './phrases';

export type Suggestion = {
  items: { foodId: FoodId; portions: number }[];
  /** The calcium the suggestion adds; always at least the gap it was built for. */
  mg: number;
  text: string;
};

/** Suggest at most this many portions of one food, so every idea stays an ordinary amount. */
export const MAX_EXTRA_PORTIONS = 3;
export const MAX_SUGGESTIONS = 4;
/**
 * The Voedingscentrum advises about 40 g of cheese a day: two slices of 20 g (medical-facts.md §3, "1 plak kaas =
 * 20 g"). A suggestion never takes the day's cheese, eaten and suggested together, above that.
 */
export const MAX_CHEESE_SLICES_PER_DAY = 2;
/** When no single food closes the gap, a mix of this many kinds of food (glass, bowl, slice) is suggested. */
const MIX_SIZE = 3;

type SuggestableFood = Food & { id: FoodId };

/**
 * Suggestions that each close the whole gap on their own. Foods the person already eats come first (they like
 * them), then the rest in table order. Only well-absorbed foods with a usual amount of calcium are offered.
 */
export function buildSuggestions(gapMg: number, portions: Partial<Record<FoodId, number>>): Suggestion[] {
  if (!(gapMg > 0)) return [];
  const candidates: SuggestableFood[] = FOODS.filter((food) => 'suggest' in food && food.suggest);
  const eaten = (food: SuggestableFood) => (portions[food.id] ?? 0) > 0;
  const ordered = [...candidates.filter(eaten), ...candidates.filter((food) => !eaten(food))];

  const cheeseEaten = FOODS.reduce(
    (total, food) => total + ('cheese' in food && food.cheese ? (portions[food.id] ?? 0) : 0),
    0,
  );
  const cheeseLeft = Math.max(0, Math.floor(MAX_CHEESE_SLICES_PER_DAY - cheeseEaten));
  const limit = (food: SuggestableFood) => ('cheese' in food && food.cheese ? cheeseLeft : Infinity);

  const singles = ordered
    .map((food) => ({ food, count: Math.ceil(gapMg / food.mgPerPortion) }))
    .filter(({ food, count }) => count <= Math.min(MAX_EXTRA_PORTIONS, limit(food)))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ food, count }) => suggestion([{ food, count }]));
  if (singles.length > 0) return singles;

  const kinds = new Set<string>();
  const mix = ordered
    .filter((food) => limit(food) > 0)
    .filter((food) => {
      const kind = food.unitWords[0] ?? food.id;
      if (kinds.has(kind)) return false;
      kinds.add(kind);
      return true;
    })
    .slice(0, MIX_SIZE)
    .map((food) => ({ food, count: 0 }));
  let added = 0;
  for (
    let turn = 0;
    added < gapMg && mix.some((entry) => entry.count < limit(entry.food));
    turn = (turn + 1) % mix.length
  ) {
    const entry = mix[turn];
    if (!entry) break;
    if (entry.count >= limit(entry.food)) continue;
    entry.count += 1;
    added += entry.food.mgPerPortion;
  }
  return [suggestion(mix.filter((entry) => entry.count > 0))];
}

function suggestion(parts: { food: SuggestableFood; count: number }[]): Suggestion {
  const mg = parts.reduce((total, { food, count }) => total + food.mgPerPortion * count, 0);
  const phrases = parts.map(({ food, count }) => portionPhrase(food, count));
  return {
    items: parts.map(({ food, count }) => ({ foodId: food.id, portions: count })),
    mg,
    text: `${joinDutch(phrases)} extra: +${formatMg(mg)}`,
  };
}
