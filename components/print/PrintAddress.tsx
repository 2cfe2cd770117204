import { qrCodeShape } from '@/lib/share/qr-code';

/**
 * Only on paper: the page's address as text and as a QR code, so a patient with a printout can return to the
 * live page. The QR code is drawn inline on the server: no image request, no script.
 */
export function PrintAddress({ url }: { url: string }) {
  const qr = qrCodeShape(url);
  const display = url.replace(/^https:\/\//, '');
  return (
    <div data-pagefind-ignore className="print-address hidden print:flex">
      <svg
        role="img"
        aria-label={`QR-code met het adres ${display}`}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        className="qr-code"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p>
        <span className="block font-semibold">Deze pagina online lezen</span>
        <span className="block">Scan de QR-code met de camera van uw telefoon, of typ dit adres:</span>
        <span className="block font-semibold">{display}</span>
      </p>
    </div>
  );
}
