import type { QrCodeShape } from '@/lib/share/qr-code';

/** An address as a reader types it: without https://. */
export const withoutScheme = (url: string) => url.replace(/^https:\/\//, '');

type PrintQrProps = {
  /** The QR code, made on the server (PrintAddress) or in the browser (the exercise plan). */
  qr: QrCodeShape;
  /** What the code opens, for someone who cannot see it. */
  label: string;
  title: string;
  explanation: string;
  /** The address to type, shown under the explanation without its https://. */
  address: string;
  /** Drawn larger, for a code that holds a long link (a whole plan): its squares stay big enough to scan. */
  large?: boolean;
};

/** Only on paper: a QR code with what it opens and an address to type, in the box the stylesheet draws. */
export function PrintQr({ qr, label, title, explanation, address, large = false }: PrintQrProps) {
  return (
    <div data-pagefind-ignore className="print-address hidden print:flex">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        className={large ? 'qr-code qr-code-large' : 'qr-code'}
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p>
        <span className="block font-semibold">{title}</span>
        <span className="block">{explanation}</span>
        <span className="block font-semibold">{withoutScheme(address)}</span>
      </p>
    </div>
  );
}
