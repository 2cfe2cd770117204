// Where the day's calcium comes from: per food, per group, and the layout of the bar that pictures it.
import {
  FOODS,
  FOOD_GROUPS,
  GROUP_LABELS,
  REST_OF_FOOD_MG,
  SUPPLEMENT_MOMENTS,
  type FoodId,
  type IntakeGroup,
  type SupplementId,
} from './foods';

export type FoodShare = {
  id: FoodId | SupplementId;
  /** "Halfvolle melk" or "Supplement ochtend". */
  label: string;
  group: IntakeGroup;
  /** Portions eaten; null for a supplement, which is entered in mg. */
  portions: number | null;
  mg: number;
  /** Share of the day's total, in whole percent. */
  percent: number;
};

export type GroupShare = { group: IntakeGroup; label: string; mg: number; percent: number };

export const INTAKE_GROUPS: readonly IntakeGroup[] = [...FOOD_GROUPS, 'supplementen'];

type Portions = Partial<Record<FoodId, number>>;
type Doses = Partial<Record<SupplementId, number>>;

/** The foods and supplements with an amount above 0, in table order, with the totals they add up to. */
export function intakeShares(portions: Portions, supplements: Doses) {
  const foods = FOODS.flatMap((food) => {
    const count = portions[food.id] ?? 0;
    if (count <= 0) return [];
    return [{ id: food.id, label: food.name, group: food.group, portions: count, mg: count * food.mgPerPortion }];
  });
  const doses = SUPPLEMENT_MOMENTS.flatMap((moment) => {
    const mg = supplements[moment.id] ?? 0;
    if (mg <= 0) return [];
    const group: IntakeGroup = 'supplementen';
    return [{ id: moment.id, label: `Supplement ${moment.label.toLowerCase()}`, group, portions: null, mg }];
  });
  const foodMg = sum(foods.map((item) => item.mg));
  const supplementMg = sum(doses.map((item) => item.mg));
  const totalMg = foodMg + supplementMg + REST_OF_FOOD_MG;
  const perFood: FoodShare[] = [...foods, ...doses].map((item) => ({ ...item, percent: percentOf(item.mg, totalMg) }));
  return { perFood, foodMg, supplementMg, totalMg };
}

/** The total per group, every group listed (0 mg included) so the legend of the bar is always complete. */
export function groupShares(perFood: readonly FoodShare[], totalMg: number): GroupShare[] {
  return INTAKE_GROUPS.map((group) => {
    const mg = sum(perFood.filter((share) => share.group === group).map((share) => share.mg));
    return { group, label: GROUP_LABELS[group], mg, percent: percentOf(mg, totalMg) };
  });
}

export type BarSegment = GroupShare & { startPercent: number; widthPercent: number };
export type BarLayout = {
  /** The mg value at the right end of the bar: at least the target, with some room beyond it. */
  scaleMg: number;
  segments: BarSegment[];
  /** Where the target line goes, in percent of the bar; null without a target. */
  targetPercent: number | null;
};

/** The bar always shows a little beyond the larger of total and target, rounded up to a readable number. */
const BAR_HEADROOM = 1.1;
const BAR_STEP_MG = 250;
const BAR_MIN_SCALE_MG = 500;

export function barLayout(perGroup: readonly GroupShare[], totalMg: number, targetMg: number | null): BarLayout {
  const largest = Math.max(totalMg, targetMg ?? 0, BAR_MIN_SCALE_MG);
  const scaleMg = Math.ceil((largest * BAR_HEADROOM) / BAR_STEP_MG) * BAR_STEP_MG;
  let start = 0;
  const segments = perGroup
    .filter((share) => share.mg > 0)
    .map((share) => {
      const segment = { ...share, startPercent: start, widthPercent: (share.mg / scaleMg) * 100 };
      start += segment.widthPercent;
      return segment;
    });
  return { scaleMg, segments, targetPercent: targetMg === null ? null : (targetMg / scaleMg) * 100 };
}

function percentOf(mg: number, totalMg: number): number {
  return totalMg > 0 ? Math.round((mg / totalMg) * 100) : 0;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
