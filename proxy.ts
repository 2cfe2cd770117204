import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers a malformed address (a broken %-escape such as /artikelen/%E0%A4%A) with 400 instead of the 500 that
 * Next 16 gives for dynamic routes (vercel/next.js#92527). Next.js only looks for this file in the project root.
 * The static export has no proxy; nginx answers such addresses itself.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Ongeldig adres. Controleer de link of ga naar de startpagina van Botwijzer.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}
