// The picture of the T-score (or Z-score) scale: every coordinate is worked out here, so the SVG component only
// draws. Vertical, higher scores at the top, so the labels have room on a 320 px phone. Bands carry words and a
// pattern each (plain, lines, cross-hatching), so the picture reads in greyscale and on paper.
import { formatDutchNumber } from '../format/number';
import {
  SCORE_USUAL_MAX,
  SCORE_USUAL_MIN,
  T_NORMAL_AT_OR_ABOVE,
  T_OSTEOPOROSIS_AT_OR_BELOW,
  Z_BELOW_EXPECTED_AT_OR_BELOW,
  classifyTScore,
  classifyZScore,
  formatScore,
  roundToOneDecimal,
  scoreNameFor,
  type CategoryId,
  type Group,
} from './classify';
import { CATEGORY_TEXT } from './text';

export type BandPattern = 'plain' | 'lines' | 'cross';
type TextLine = { text: string; x: number; y: number };
export type ScaleBand = {
  id: CategoryId;
  y: number;
  height: number;
  pattern: BandPattern;
  /** The white label box and its lines of text. */
  box: { x: number; y: number; width: number; height: number };
  lines: TextLine[];
};
export type ScaleModel = {
  viewBox: string;
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  bar: { x: number; y: number; width: number; height: number };
  bands: ScaleBand[];
  ticks: { text: string; y: number; textY: number; x1: number; x2: number; textX: number }[];
  marker: {
    notch: { x1: number; x2: number; y1: number; y2: number };
    arrow: string;
    lines: (TextLine & { size: 'small' | 'large' })[];
  } | null;
  /** The text alternative: the bands in words and where the marker stands. */
  description: string;
};

// The scale spans the range usually seen in practice; a value beyond it gets the marker at the end, with a note.
const TOP_VALUE = SCORE_USUAL_MAX;
const BOTTOM_VALUE = SCORE_USUAL_MIN;
const WIDTH = 380;
const HEIGHT = 430;
const BAR = { x: 64, y: 44, width: 190, height: 360 };
const UNIT = BAR.height / (TOP_VALUE - BOTTOM_VALUE);
// charWidth is generous (bold 19 px in a wide font such as DejaVu Sans) so no label overflows its white box.
const LABEL = { x: 70, lineHeight: 22, charWidth: 12.5, padding: 7 };
const MARKER = { notchFrom: 228, arrowTip: 258, arrowEnd: 274, textX: 279, arrowHalf: 10 };
const TICKS_T = [TOP_VALUE, 2, 0, T_NORMAL_AT_OR_ABOVE, T_OSTEOPOROSIS_AT_OR_BELOW, -4, BOTTOM_VALUE];
const TICKS_Z = [TOP_VALUE, 2, 0, Z_BELOW_EXPECTED_AT_OR_BELOW, -4, BOTTOM_VALUE];

const BANDS_T: { id: CategoryId; from: number; to: number; pattern: BandPattern; lines: string[] }[] = [
  { id: 'normaal', from: TOP_VALUE, to: T_NORMAL_AT_OR_ABOVE, pattern: 'plain', lines: ['normaal'] },
  {
    id: 'osteopenie',
    from: T_NORMAL_AT_OR_ABOVE,
    to: T_OSTEOPOROSIS_AT_OR_BELOW,
    pattern: 'lines',
    lines: ['osteopenie'],
  },
  { id: 'osteoporose', from: T_OSTEOPOROSIS_AT_OR_BELOW, to: BOTTOM_VALUE, pattern: 'cross', lines: ['osteoporose'] },
];
const BANDS_Z: typeof BANDS_T = [
  {
    id: 'binnen-verwachting',
    from: TOP_VALUE,
    to: Z_BELOW_EXPECTED_AT_OR_BELOW,
    pattern: 'plain',
    lines: ['binnen de', 'verwachting'],
  },
  {
    id: 'lager-dan-verwacht',
    from: Z_BELOW_EXPECTED_AT_OR_BELOW,
    to: BOTTOM_VALUE,
    pattern: 'cross',
    lines: ['lager dan', 'verwacht'],
  },
];

function yOf(value: number): number {
  const clamped = Math.min(TOP_VALUE, Math.max(BOTTOM_VALUE, value));
  return BAR.y + (TOP_VALUE - clamped) * UNIT;
}

function tickText(value: number): string {
  const text = formatDutchNumber(value, Number.isInteger(value) ? 0 : 1);
  return value > 0 ? `+${text}` : text;
}

function bandOf(group: Group, value: number): CategoryId {
  // The scale shows the bone density bands only; "ernstige osteoporose" needs a fracture and is not a band.
  return group === 'z' ? classifyZScore(value) : classifyTScore(value, false);
}

/** The scale for a group, with the marker at the (rounded) value; value null draws the scale without a marker. */
export function scaleModel(group: Group, value: number | null): ScaleModel {
  const name = scoreNameFor(group);
  const bands = (group === 'z' ? BANDS_Z : BANDS_T).map((band) => {
    const y = yOf(band.from);
    const height = yOf(band.to) - y;
    const longest = Math.max(...band.lines.map((line) => line.length));
    const boxHeight = band.lines.length * LABEL.lineHeight + LABEL.padding * 2;
    const boxY = y + (height - boxHeight) / 2;
    return {
      id: band.id,
      y,
      height,
      pattern: band.pattern,
      box: { x: LABEL.x, y: boxY, width: longest * LABEL.charWidth + LABEL.padding * 2, height: boxHeight },
      lines: band.lines.map((text, index) => ({
        text,
        x: LABEL.x + LABEL.padding,
        y: boxY + LABEL.padding + (index + 0.8) * LABEL.lineHeight,
      })),
    };
  });
  const ticks = (group === 'z' ? TICKS_Z : TICKS_T).map((tick) => ({
    text: tickText(tick),
    y: yOf(tick),
    textY: yOf(tick) + 6,
    x1: BAR.x - 6,
    x2: BAR.x,
    textX: BAR.x - 9,
  }));
  const bandWords = (group === 'z' ? BANDS_Z : BANDS_T)
    .map((band) => `${CATEGORY_TEXT[band.id].label}: ${CATEGORY_TEXT[band.id].range}`)
    .join('. ');
  const scaleWords = `Schaal van ${name}s van ${tickText(BOTTOM_VALUE)} tot ${tickText(TOP_VALUE)}. ${bandWords}.`;
  if (value === null) return { ...frame(name), bands, ticks, marker: null, description: scaleWords };

  const rounded = roundToOneDecimal(value);
  const outside = rounded < BOTTOM_VALUE || rounded > TOP_VALUE;
  const y = yOf(rounded);
  const valueText = formatScore(rounded);
  const texts: { text: string; size: 'small' | 'large'; height: number }[] = [
    { text: 'Uw score', size: 'small', height: 20 },
    { text: valueText, size: 'large', height: 28 },
    ...(outside
      ? [
          { text: 'buiten de', size: 'small' as const, height: 20 },
          { text: 'schaal', size: 'small' as const, height: 20 },
        ]
      : []),
  ];
  const blockHeight = texts.reduce((sum, line) => sum + line.height, 0);
  let lineY = Math.min(HEIGHT - blockHeight - 4, Math.max(4, y - blockHeight / 2));
  const lines = texts.map((line) => {
    lineY += line.height;
    return { text: line.text, size: line.size, x: MARKER.textX, y: lineY - 6 };
  });
  const bandLabel = CATEGORY_TEXT[bandOf(group, rounded)].label.toLowerCase();
  const where = outside
    ? `Uw score ${valueText} valt buiten de schaal; de pijl staat aan het eind, in het deel ${bandLabel}.`
    : `Uw score ${valueText} staat in het deel ${bandLabel}.`;
  return {
    ...frame(name),
    bands,
    ticks,
    marker: {
      notch: { x1: MARKER.notchFrom, x2: BAR.x + BAR.width, y1: y, y2: y },
      arrow: `${MARKER.arrowTip},${y} ${MARKER.arrowEnd},${y - MARKER.arrowHalf} ${MARKER.arrowEnd},${y + MARKER.arrowHalf}`,
      lines,
    },
    description: `${scaleWords} ${where}`,
  };
}

function frame(name: string) {
  return {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    title: { text: name, x: 0, y: 24 },
    bar: BAR,
  };
}
