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

  const singles = ordered
    .map((food) => ({ food, count: Math.ceil(gapMg / food.mgPerPortion) }))
    .filter(({ count }) => count <= MAX_EXTRA_PORTIONS)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ food, count }) => suggestion([{ food, count }]));
  if (singles.length > 0) return singles;

  const kinds = new Set<string>();
  const mix = ordered
    .filter((food) => {
      const kind = food.unitWords[0] ?? food.id;
      if (kinds.has(kind)) return false;
      kinds.add(kind);
      return true;
    })
    .slice(0, MIX_SIZE)
    .map((food) => ({ food, count: 0 }));
  let added = 0;
  for (let turn = 0; added < gapMg; turn = (turn + 1) % mix.length) {
    const entry = mix[turn];
    if (!entry) break;
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
