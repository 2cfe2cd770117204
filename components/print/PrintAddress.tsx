import { qrCodeShape } from '@/lib/share/qr-code';
import { PrintQr, withoutScheme } from './PrintQr';

/**
 * Only on paper: the page's address as text and as a QR code, so a patient with a printout can return to the
 * live page. The QR code is drawn inline on the server: no image request, no script.
 */
export function PrintAddress({ url }: { url: string }) {
  return (
    <PrintQr
      qr={qrCodeShape(url)}
      label={`QR-code met het adres ${withoutScheme(url)}`}
      title="Deze pagina online lezen"
      explanation="Scan de QR-code met de camera van uw telefoon, of typ dit adres:"
      address={url}
    />
  );
}
