import { ImageResponse } from 'next/og';
import { getArticleIndex } from '@/lib/content/articles';
import { TOPICS } from '@/lib/content/schema';
import { SITE_NAME } from '@/lib/site/config';

export const alt = 'De titel van het artikel op Botwijzer';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export function generateStaticParams() {
  return getArticleIndex().map((article) => ({ slug: article.slug }));
}

/**
 * The link preview: the title in large type on the brand colour, legible as a small thumbnail in a chat app.
 * No font is fetched: ImageResponse uses the font that ships inside Next.js.
 */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getArticleIndex().find((a) => a.slug === slug);
  const title = article?.title ?? SITE_NAME;
  const fontSize = title.length > 48 ? 72 : 88;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b4f8a',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 44 }}>
        <svg width="64" height="64" viewBox="0 0 32 32">
          <rect width="32" height="32" rx="8" fill="#ffffff" />
          <path d="M9 11a3 3 0 1 1 4-3l6 6a3 3 0 1 1 3 4 3 3 0 1 1-4 3l-6-6a3 3 0 1 1-3-4z" fill="#0b4f8a" />
        </svg>
        {SITE_NAME}
      </div>
      <div style={{ display: 'flex', fontSize, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 34, color: '#e8f1fa' }}>
        {article ? TOPICS[article.topic] : 'Informatie over osteoporose'}
      </div>
    </div>,
    size,
  );
}
