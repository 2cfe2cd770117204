// Draws the exercise pictures in public/afbeeldingen/oefeningen/ (run: npx tsx scripts/draw-exercise-pictures.ts).
// One style for all: a side view of a solid figure in thick round strokes, start and end side by side, labelled in
// text. Everything is drawn in currentColor (props lighter by opacity, never by hue), so a picture follows the
// page's colours, dark mode and forced colours, and reads the same in greyscale and on paper.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type P = readonly [number, number];
type Limb = readonly P[];
/** A pose in a 300 × 260 panel, floor at y = 240, figure facing right. Far limbs are drawn lighter. */
type Pose = {
  head: P;
  neck: P;
  hip: P;
  /** Draw the back as a curve through this point (a round back); default straight. */
  backBend?: P;
  nearArm: Limb;
  farArm?: Limb;
  nearLeg: Limb;
  farLeg?: Limb;
};

const FLOOR = 240;
const LIMB = 15;
const TORSO = 24;

const path = (points: Limb) => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
const line = (points: Limb, width: number, extra = '') =>
  `<path d="${path(points)}" fill="none" stroke="currentColor" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;

function figure(pose: Pose): string {
  const far = ' stroke-opacity="0.45"';
  const parts: string[] = [];
  if (pose.farArm) parts.push(line(pose.farArm, LIMB, far));
  if (pose.farLeg) parts.push(line(pose.farLeg, LIMB, far));
  const back = pose.backBend
    ? `<path d="M${pose.hip[0]} ${pose.hip[1]} Q${pose.backBend[0]} ${pose.backBend[1]} ${pose.neck[0]} ${pose.neck[1]}" fill="none" stroke="currentColor" stroke-width="${TORSO}" stroke-linecap="round"/>`
    : line([pose.hip, pose.neck], TORSO);
  parts.push(back);
  parts.push(`<circle cx="${pose.head[0]}" cy="${pose.head[1]}" r="17" fill="currentColor"/>`);
  parts.push(line(pose.nearLeg, LIMB));
  parts.push(line(pose.nearArm, LIMB));
  return parts.join('');
}

// Props: outlined and lightly filled, thinner than the figure.
const prop = (d: string) =>
  `<path d="${d}" fill="currentColor" fill-opacity="0.18" stroke="currentColor" stroke-width="4" stroke-linejoin="round"/>`;
const floor = `<path d="M8 ${FLOOR + 2} H292" stroke="currentColor" stroke-width="4" stroke-linecap="round"/>`;
const wall = prop(`M262 20 H290 V${FLOOR} H262 Z`);
const counter = prop(`M212 128 H292 V${FLOOR} H220 V140 H212 Z`);
const chairBehind = prop(`M52 96 H64 V160 H134 V172 H126 V${FLOOR} H116 V172 H72 V${FLOOR} H52 Z`);
const chairInFront =
  prop(`M248 108 H260 V172 H204 V${FLOOR} H194 V160 H248 Z`) + prop(`M250 172 H260 V${FLOOR} H250 Z`);
const kettlebell = ([x, y]: P, r = 14) =>
  `<path d="M${x - r * 0.55} ${y - r * 0.6} A${r * 0.6} ${r * 0.75} 0 0 1 ${x + r * 0.55} ${y - r * 0.6}" fill="none" stroke="currentColor" stroke-width="6"/>` +
  `<circle cx="${x}" cy="${y + r * 0.25}" r="${r}" fill="currentColor" fill-opacity="0.6" stroke="currentColor" stroke-width="4"/>`;
const dumbbell = ([x, y]: P) =>
  `<rect x="${x - 13}" y="${y - 5}" width="26" height="10" rx="3" fill="currentColor"/><rect x="${x - 17}" y="${y - 11}" width="9" height="22" rx="3" fill="currentColor"/><rect x="${x + 8}" y="${y - 11}" width="9" height="22" rx="3" fill="currentColor"/>`;
const box = (x: number, y: number, w: number, h: number) =>
  prop(`M${x} ${y} h${w} v${h} h${-w} Z`) + `<path d="M${x} ${y + 10} h${w}" stroke="currentColor" stroke-width="3"/>`;
const upArrow = ([x, y]: P) =>
  `<path d="M${x} ${y} v-34 m-11 12 l11 -12 l11 12" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`;
const stopwatch = ([x, y]: P) =>
  `<circle cx="${x}" cy="${y}" r="22" fill="none" stroke="currentColor" stroke-width="5"/><path d="M${x} ${y - 22} v-8 m-7 0 h14 M${x} ${y} v-13 M${x} ${y} l9 6" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round"/>`;
const impact = ([x, y]: P) =>
  [
    [-26, -4, -40, -14],
    [-24, -16, -34, -30],
    [30, -4, 44, -14],
    [28, -16, 38, -30],
  ]
    .map(
      ([a, b, c, d]) =>
        `<path d="M${x + a!} ${y + b!} L${x + c!} ${y + d!}" stroke="currentColor" stroke-width="5" stroke-linecap="round"/>`,
    )
    .join('');
const dashedGuide = (from: P, to: P) =>
  `<path d="M${from[0]} ${from[1]} L${to[0]} ${to[1]}" stroke="currentColor" stroke-width="3" stroke-dasharray="8 7" stroke-linecap="round"/>`;
// A turning sign (three quarters of a circle with an arrowhead), beside the trunk that turns.
const twistArrow = ([x, y]: P) =>
  `<path d="M${x} ${y - 26} A26 26 0 1 1 ${x - 26} ${y}" fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round"/>` +
  `<path d="M${x - 40} ${y - 10} L${x - 26} ${y + 4} L${x - 12} ${y - 10}" fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`;

// A standing figure at x, facing right.
const standing = (x: number, lift = 0): Pose => ({
  head: [x + 3, 44 - lift],
  neck: [x + 2, 72 - lift],
  hip: [x, 140 - lift],
  nearArm: [
    [x + 2, 76 - lift],
    [x + 5, 110 - lift],
    [x + 8, 142 - lift],
  ],
  farArm: [
    [x + 2, 76 - lift],
    [x - 4, 110 - lift],
    [x - 6, 142 - lift],
  ],
  nearLeg: [
    [x, 140 - lift],
    [x + 2, 187 - lift],
    [x, 232 - lift],
    [x + 20, 236],
  ],
  farLeg: [
    [x, 140 - lift],
    [x - 4, 187 - lift],
    [x - 8, 232 - lift],
    [x + 12, 236],
  ],
});

// A flat turning arrow on the floor, around the feet: "turn with your feet".
const stepTurn = ([x, y]: P) =>
  `<path d="M${x - 52} ${y - 4} A54 12 0 0 0 ${x + 48} ${y - 6}" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round"/>` +
  `<path d="M${x + 34} ${y - 18} L${x + 50} ${y - 6} L${x + 34} ${y + 4}" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`;

type Panel = { draw: string };
type Picture = {
  id: string;
  title: string;
  labels: readonly [string, string];
  panels: readonly [Panel, Panel];
  pair?: boolean;
};

const mark = (good: boolean, x: number, y: number) =>
  good
    ? `<circle cx="${x}" cy="${y}" r="16" fill="none" stroke="currentColor" stroke-width="4"/><path d="M${x - 8} ${y} l6 7 l11 -14" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`
    : `<circle cx="${x}" cy="${y}" r="16" fill="none" stroke="currentColor" stroke-width="4"/><path d="M${x - 7} ${y - 7} l14 14 m0 -14 l-14 14" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round"/>`;

function svg(picture: Picture): string {
  const [left, right] = picture.panels;
  const label = (text: string, x: number, good?: boolean) => {
    const icon = good === undefined ? '' : mark(good, x - 80, 302);
    return `${icon}<text x="${good === undefined ? x : x + 12}" y="312" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="34" font-weight="700" fill="currentColor">${text}</text>`;
  };
  const arrow = picture.pair
    ? `<path d="M330 30 V290" stroke="currentColor" stroke-width="3" stroke-dasharray="4 8" stroke-linecap="round"/>`
    : `<path d="M306 150 H350 m-14 -14 l14 14 l-14 14" fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 330" width="660" height="330" role="img" aria-labelledby="title" color="#1a1a1a">
<title id="title">${picture.title}</title>
<g transform="translate(0 12)">${floor}${left.draw}</g>
${arrow}
<g transform="translate(360 12)">${floor}${right.draw}</g>
${label(picture.labels[0], 150, picture.pair ? false : undefined)}
${label(picture.labels[1], 510, picture.pair ? true : undefined)}
</svg>
`;
}

const BEGIN_END = ['Begin', 'Eind'] as const;

const PICTURES: Picture[] = [
  {
    id: 'opdrukken-tegen-de-muur',
    title: 'Opdrukken tegen de muur: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          wall +
          figure({
            head: [207, 52],
            neck: [198, 76],
            hip: [176, 142],
            nearArm: [
              [198, 80],
              [229, 80],
              [260, 80],
            ],
            farArm: [
              [198, 80],
              [229, 84],
              [260, 86],
            ],
            nearLeg: [
              [176, 142],
              [163, 187],
              [150, 232],
              [170, 238],
            ],
            farLeg: [
              [176, 142],
              [160, 187],
              [144, 232],
              [164, 238],
            ],
          }),
      },
      {
        draw:
          wall +
          figure({
            head: [232, 64],
            neck: [220, 86],
            hip: [190, 148],
            nearArm: [
              [220, 90],
              [236, 118],
              [260, 86],
            ],
            farArm: [
              [220, 90],
              [232, 120],
              [260, 90],
            ],
            nearLeg: [
              [190, 148],
              [170, 190],
              [150, 232],
              [170, 238],
            ],
            farLeg: [
              [190, 148],
              [166, 190],
              [144, 232],
              [164, 238],
            ],
          }),
      },
    ],
  },
  {
    id: 'zitten-en-opstaan',
    title: 'Zitten en opstaan: begin en eind',
    labels: BEGIN_END,
    panels: [
      { draw: chairBehind + figure(standing(158)) },
      {
        draw:
          chairBehind +
          figure({
            head: [132, 60],
            neck: [124, 86],
            hip: [104, 152],
            nearArm: [
              [124, 90],
              [138, 122],
              [160, 146],
            ],
            farArm: [
              [124, 90],
              [132, 124],
              [152, 148],
            ],
            nearLeg: [
              [104, 152],
              [156, 154],
              [158, 232],
              [178, 236],
            ],
            farLeg: [
              [104, 152],
              [150, 156],
              [150, 232],
              [170, 236],
            ],
          }),
      },
    ],
  },
  {
    id: 'op-de-tenen-staan',
    title: 'Op de tenen staan: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          counter +
          figure({
            ...standing(150),
            nearArm: [
              [152, 76],
              [178, 100],
              [208, 122],
            ],
          }),
      },
      {
        draw:
          counter +
          figure({
            ...standing(150, 16),
            nearArm: [
              [152, 60],
              [180, 92],
              [208, 122],
            ],
            nearLeg: [
              [150, 124],
              [152, 171],
              [152, 216],
              [170, 238],
            ],
            farLeg: [
              [150, 124],
              [146, 171],
              [144, 216],
              [162, 238],
            ],
          }) +
          upArrow([116, 230]),
      },
    ],
  },
  {
    id: 'plank-op-handen-en-knieen',
    title: 'Plank op handen en knieën: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw: figure({
          head: [206, 166],
          neck: [180, 178],
          hip: [96, 182],
          nearArm: [
            [180, 182],
            [182, 208],
            [184, 234],
          ],
          farArm: [
            [180, 182],
            [176, 208],
            [174, 234],
          ],
          nearLeg: [
            [96, 182],
            [100, 232],
            [46, 234],
          ],
          farLeg: [
            [96, 182],
            [92, 232],
            [40, 232],
          ],
        }),
      },
      {
        draw:
          figure({
            head: [206, 166],
            neck: [180, 178],
            hip: [96, 178],
            nearArm: [
              [180, 182],
              [182, 208],
              [184, 234],
            ],
            farArm: [
              [180, 182],
              [176, 208],
              [174, 234],
            ],
            nearLeg: [
              [96, 178],
              [100, 232],
              [46, 234],
            ],
            farLeg: [
              [96, 178],
              [92, 232],
              [40, 232],
            ],
          }) +
          dashedGuide([70, 158], [200, 158]) +
          stopwatch([140, 80]),
      },
    ],
  },
  {
    id: 'kniebuiging-met-gewicht',
    title: 'Kniebuiging met gewicht: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          figure({
            ...standing(150),
            nearArm: [
              [152, 76],
              [162, 108],
              [180, 94],
            ],
            farArm: [
              [152, 76],
              [158, 108],
              [176, 96],
            ],
          }) + kettlebell([190, 96]),
      },
      {
        draw:
          figure({
            head: [176, 100],
            neck: [164, 124],
            hip: [128, 184],
            nearArm: [
              [164, 128],
              [176, 158],
              [196, 144],
            ],
            farArm: [
              [164, 128],
              [172, 160],
              [192, 146],
            ],
            nearLeg: [
              [128, 184],
              [180, 192],
              [160, 232],
              [180, 236],
            ],
            farLeg: [
              [128, 184],
              [174, 196],
              [152, 232],
              [172, 236],
            ],
          }) + kettlebell([206, 146]),
      },
    ],
  },
  {
    id: 'gewicht-optillen-met-rechte-rug',
    title: 'Gewicht optillen met rechte rug: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          figure({
            head: [222, 112],
            neck: [196, 122],
            hip: [126, 150],
            nearArm: [
              [196, 126],
              [198, 164],
              [200, 200],
            ],
            farArm: [
              [196, 126],
              [192, 164],
              [194, 200],
            ],
            nearLeg: [
              [126, 150],
              [150, 190],
              [146, 232],
              [166, 236],
            ],
            farLeg: [
              [126, 150],
              [144, 192],
              [138, 232],
              [158, 236],
            ],
          }) + kettlebell([200, 214], 16),
      },
      {
        draw:
          figure({
            ...standing(150),
            nearArm: [
              [152, 76],
              [160, 110],
              [166, 142],
            ],
            farArm: [
              [152, 76],
              [156, 110],
              [160, 142],
            ],
          }) + kettlebell([168, 158], 16),
      },
    ],
  },
  {
    id: 'gewichten-boven-uw-hoofd-duwen',
    title: 'Gewichten boven uw hoofd duwen: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          figure({
            ...standing(150),
            nearArm: [
              [152, 76],
              [166, 104],
              [170, 70],
            ],
            farArm: [
              [152, 76],
              [160, 106],
              [162, 72],
            ],
          }) + dumbbell([170, 64]),
      },
      {
        draw:
          figure({
            ...standing(150),
            nearArm: [
              [152, 76],
              [158, 44],
              [162, 12],
            ],
            farArm: [
              [152, 76],
              [154, 44],
              [154, 12],
            ],
          }) + dumbbell([162, 4]),
      },
    ],
  },
  {
    id: 'op-de-plaats-stampen',
    title: 'Op de plaats stampen: begin en eind',
    labels: BEGIN_END,
    panels: [
      {
        draw:
          chairInFront +
          figure({
            ...standing(140),
            nearArm: [
              [142, 76],
              [176, 94],
              [246, 108],
            ].map(([x, y], i) => (i === 1 ? ([196, 96] as P) : ([x!, y!] as P))) as Limb,
            nearLeg: [
              [140, 140],
              [184, 166],
              [176, 210],
              [196, 212],
            ],
          }),
      },
      {
        draw:
          chairInFront +
          figure({
            ...standing(140),
            nearArm: [
              [142, 76],
              [196, 96],
              [246, 108],
            ],
            nearLeg: [
              [140, 140],
              [152, 187],
              [152, 232],
              [172, 236],
            ],
          }) +
          impact([162, 238]),
      },
    ],
  },
  {
    id: 'tillen-met-ronde-rug',
    title: 'Tillen: zo niet en zo wel',
    labels: ['Zo niet', 'Zo wel'],
    pair: true,
    panels: [
      {
        draw:
          box(190, 204, 52, 36) +
          figure({
            head: [226, 170],
            neck: [204, 156],
            hip: [140, 140],
            backBend: [186, 84],
            nearArm: [
              [204, 160],
              [208, 188],
              [212, 208],
            ],
            farArm: [
              [204, 160],
              [200, 188],
              [204, 208],
            ],
            nearLeg: [
              [140, 140],
              [146, 187],
              [150, 232],
              [170, 236],
            ],
            farLeg: [
              [140, 140],
              [140, 187],
              [142, 232],
              [162, 236],
            ],
          }),
      },
      {
        draw:
          box(178, 196, 52, 44) +
          figure({
            head: [178, 98],
            neck: [166, 122],
            hip: [128, 182],
            nearArm: [
              [166, 126],
              [176, 160],
              [184, 194],
            ],
            farArm: [
              [166, 126],
              [172, 160],
              [178, 194],
            ],
            nearLeg: [
              [128, 182],
              [180, 190],
              [160, 232],
              [180, 236],
            ],
            farLeg: [
              [128, 182],
              [174, 194],
              [152, 232],
              [172, 236],
            ],
          }),
      },
    ],
  },
  {
    id: 'bukken-en-draaien',
    title: 'Bukken en draaien: zo niet en zo wel',
    labels: ['Zo niet', 'Zo wel'],
    pair: true,
    panels: [
      {
        // Front view: feet point forward, the back bends and turns to a bag at the side.
        draw:
          box(214, 206, 50, 34) +
          [
            line(
              [
                [120, 140],
                [112, 187],
                [106, 232],
                [88, 236],
              ],
              LIMB,
            ),
            line(
              [
                [144, 140],
                [152, 187],
                [158, 232],
                [176, 236],
              ],
              LIMB,
            ),
            `<path d="M132 140 Q150 96 196 96" fill="none" stroke="currentColor" stroke-width="${TORSO}" stroke-linecap="round"/>`,
            `<circle cx="222" cy="108" r="17" fill="currentColor"/>`,
            line(
              [
                [196, 100],
                [214, 140],
                [228, 190],
              ],
              LIMB,
            ),
            line(
              [
                [190, 96],
                [196, 140],
                [204, 184],
              ],
              LIMB,
              ' stroke-opacity="0.45"',
            ),
            twistArrow([92, 56]),
          ].join(''),
      },
      {
        // The feet have turned towards the bag first: a turning arrow on the floor around them.
        draw:
          box(196, 206, 50, 34) +
          stepTurn([150, 250]) +
          figure({
            head: [178, 98],
            neck: [166, 122],
            hip: [128, 182],
            nearArm: [
              [166, 126],
              [184, 162],
              [200, 204],
            ],
            farArm: [
              [166, 126],
              [178, 162],
              [194, 204],
            ],
            nearLeg: [
              [128, 182],
              [180, 190],
              [160, 232],
              [180, 236],
            ],
            farLeg: [
              [128, 182],
              [174, 194],
              [152, 232],
              [172, 236],
            ],
          }),
      },
    ],
  },
];

/** Every picture as its file name and SVG text; a unit test checks the files in public/ are these. */
export function drawPictures(): Map<string, string> {
  return new Map(PICTURES.map((picture) => [`${picture.id}.svg`, svg(picture)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(process.cwd(), 'public', 'afbeeldingen', 'oefeningen');
  const pictures = drawPictures();
  for (const [file, text] of pictures) writeFileSync(join(dir, file), text);
  console.log(`${pictures.size} pictures written to ${dir}`);
}
