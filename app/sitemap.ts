import type { MetadataRoute } from 'next';
import { getArticleIndex } from '@/lib/content/articles';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

const PAGES = ['', '/artikelen', '/hulpmiddelen/t-score', '/hulpmiddelen/calcium', '/hulpmiddelen/oefenschema', '/woordenlijst', '/over'];

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...PAGES.map((page) => ({ url: `${SITE_URL}${page}` })),
    ...getArticleIndex().map((a) => ({ url: `${SITE_URL}/artikelen/${a.slug}`, lastModified: a.updated })),
  ];
}
