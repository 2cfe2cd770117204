import { useId } from 'react';
import type { BandPattern, ScaleModel } from '@/lib/tscore/scale';

type TScoreScaleProps = { model: ScaleModel };

// Fill colours help, but the pattern and the words carry the meaning: plain, lines and cross-hatching stay apart
// in greyscale and on paper.
const BAND_BACKGROUND: Record<BandPattern, string> = { plain: '#e3f2e1', lines: '#fff1c7', cross: '#fbdada' };
const BAND_INK: Record<BandPattern, string> = { plain: '#e3f2e1', lines: '#6b5200', cross: '#7a1f1f' };
const MARKER_TEXT_CLASS = { small: 'fill-ink text-[17px]', large: 'fill-ink text-[24px] font-bold' } as const;

/** The scale with the bands in words and a marker at the value; the visible caption is its text alternative. */
export function TScoreScale({ model }: TScoreScaleProps) {
  const id = useId();
  const captionId = `${id}-caption`;
  const patternId = (pattern: BandPattern) => `${id}-${pattern}`;

  return (
    <figure className="paper my-4 break-inside-avoid rounded-lg dark:p-3">
      <svg
        role="img"
        aria-labelledby={captionId}
        viewBox={model.viewBox}
        className="h-auto w-full max-w-[22rem] print:max-w-none"
        fontFamily="inherit"
      >
        <defs>
          <pattern id={patternId('plain')} width="12" height="12" patternUnits="userSpaceOnUse">
            <rect width="12" height="12" fill={BAND_BACKGROUND.plain} />
          </pattern>
          <pattern
            id={patternId('lines')}
            width="12"
            height="12"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="12" height="12" fill={BAND_BACKGROUND.lines} />
            <line x1="0" y1="0" x2="0" y2="12" stroke={BAND_INK.lines} strokeWidth="3" />
          </pattern>
          <pattern
            id={patternId('cross')}
            width="10"
            height="10"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="10" height="10" fill={BAND_BACKGROUND.cross} />
            <line x1="0" y1="0" x2="0" y2="10" stroke={BAND_INK.cross} strokeWidth="2.5" />
            <line x1="0" y1="0" x2="10" y2="0" stroke={BAND_INK.cross} strokeWidth="2.5" />
          </pattern>
        </defs>

        <text x={model.title.x} y={model.title.y} className="fill-ink text-[18px] font-bold">
          {model.title.text}
        </text>

        {model.bands.map((band) => (
          <g key={band.id}>
            <rect
              x={model.bar.x}
              y={band.y}
              width={model.bar.width}
              height={band.height}
              fill={`url(#${patternId(band.pattern)})`}
              stroke="#1a1a1a"
              strokeWidth="2"
            />
            <rect {...band.box} rx="6" fill="#ffffff" stroke="#1a1a1a" strokeWidth="1.5" />
            {band.lines.map((line) => (
              <text key={line.text} x={line.x} y={line.y} className="fill-ink text-[19px] font-bold">
                {line.text}
              </text>
            ))}
          </g>
        ))}

        {model.ticks.map((tick) => (
          <g key={tick.text}>
            <line x1={tick.x1} y1={tick.y} x2={tick.x2} y2={tick.y} stroke="#1a1a1a" strokeWidth="2" />
            <text x={tick.textX} y={tick.textY} textAnchor="end" className="fill-ink text-[17px]">
              {tick.text}
            </text>
          </g>
        ))}

        {model.marker && (
          <g data-testid="tscore-marker">
            <line {...model.marker.notch} stroke="#ffffff" strokeWidth="12" />
            <line {...model.marker.notch} stroke="#000000" strokeWidth="6" />
            <polygon points={model.marker.arrow} fill="#000000" />
            {model.marker.lines.map((line) => (
              <text key={line.text} x={line.x} y={line.y} className={MARKER_TEXT_CLASS[line.size]}>
                {line.text}
              </text>
            ))}
          </g>
        )}
      </svg>
      <figcaption id={captionId} className="mt-2 text-base text-muted print:hidden">
        {model.description}
      </figcaption>
    </figure>
  );
}
