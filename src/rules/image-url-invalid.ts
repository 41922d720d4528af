import type { Rule } from './types.ts';
import { urlParses } from '../util/url-parses.ts';

const BASE = 'https://example.invalid/';

/**
 * An image whose src readers' browsers cannot load: empty, holding white space, a scheme other
 * than http(s) (`file:`, `C:\…`, `data:`), or text the URL parser rejects. Root-relative
 * (`/assets/a.png`), relative (`images/a.png`) and protocol-relative (`//cdn…`) sources are fine.
 */
export const imageUrlInvalid: Rule = {
  id: 'image-url-invalid',
  meta: {
    description: 'An image whose source is empty, holds white space or is not an http(s) or relative URL',
    url: 'https://www.npmjs.com/package/article-kit#image-url-invalid',
    messages: {
      empty: 'This image has no source: readers see a broken image',
      whitespace: 'The image source `{{src}}` holds white space: write the URL without spaces (or as %20)',
      scheme: 'The image source `{{src}}` is a `{{scheme}}:` address, which readers cannot load: upload the image and link it over https',
      invalid: 'The image source `{{src}}` is not a valid URL',
    },
    docs: {
      ok: {
        source: '---\ntitle: 정상\n---\n\n![사진](https://example.com/photo.jpg)\n\n![그래프](/assets/chart.png) ![지도](images/map.png)\n',
      },
      notOk: {
        source:
          '---\ntitle: 잘못된 이미지\n---\n\n![사진](<https://example.com/my photo.jpg>)\n\n<img src="file:///C:/Users/kim/Desktop/chart.png" alt="그래프">\n\n<img src="" alt="지도">\n',
        expected: [
          '5:1: The image source `https://example.com/my photo.jpg` holds white space: write the URL without spaces (or as %20)',
          '7:1: The image source `file:///C:/Users/kim/Desktop/chart.png` is a `file:` address, which readers cannot load: upload the image and link it over https',
          '9:1: This image has no source: readers see a broken image',
        ],
      },
    },
  },
  check(article, context) {
    for (const image of article.images ?? []) {
      if (!image?.position) continue;
      const src = typeof image.src === 'string' ? image.src : '';
      const problem = problemOf(src);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: { src: shorten(src), scheme: problem.scheme ?? '' },
        start: image.position.start.offset,
        end: image.position.end.offset,
      });
    }
  },
};

function problemOf(src: string): { messageId: string; scheme?: string } | undefined {
  if (src.trim() === '') return { messageId: 'empty' };
  if (/\s/.test(src)) return { messageId: 'whitespace' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(src)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { messageId: 'scheme', scheme };
  if (!urlParses(src, BASE)) return { messageId: 'invalid' };
  return undefined;
}

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
