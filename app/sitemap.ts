import type { MetadataRoute } from 'next';
import { getArticleIndex } from '@/lib/content/articles';
import { SITE_URL } from '@/lib/site/config';
import { PAGES } from '@/lib/site/pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...PAGES.filter((page) => page.inSitemap).map((page) => ({
      url: `${SITE_URL}${page.path === '/' ? '' : page.path}`,
    })),
    ...getArticleIndex().map((a) => ({ url: `${SITE_URL}/artikelen/${a.slug}`, lastModified: a.updated })),
  ];
}
