import type { Rule } from './types.ts';

/** An image without alt text: screen readers read out its file name, or nothing. */
export const imageAltMissing: Rule = {
  id: 'image-alt-missing',
  meta: {
    description: 'An image with empty or missing alt text',
    url: 'https://www.npmjs.com/package/article-kit#image-alt-missing',
    messages: {
      missing: 'This image has no alt text: describe what it shows for readers who cannot see it',
    },
    docs: {
      ok: { source: '---\ntitle: 정상\n---\n\n![정상회담 사진](https://example.com/photo.jpg)\n\n<img src="/assets/chart.png" alt="지역별 인구 그래프">\n' },
      notOk: {
        source: '---\ntitle: 대체 텍스트 없음\n---\n\n![](https://example.com/photo.jpg)\n\n<p>그래프: <img src="/assets/chart.png"></p>\n',
        expected: [
          '5:1: This image has no alt text: describe what it shows for readers who cannot see it',
          '7:9: This image has no alt text: describe what it shows for readers who cannot see it',
        ],
      },
    },
  },
  check(article, context) {
    for (const image of article.images ?? []) {
      if (!image?.position) continue;
      if (typeof image.alt === 'string' && image.alt.replace(/[\s\u200b\ufeff]/g, '') !== '') continue;
      context.report({ messageId: 'missing', start: image.position.start.offset, end: image.position.end.offset });
    }
  },
};
