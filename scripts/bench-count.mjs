#!/usr/bin/env node
// countCharacters and countWords against Intl.Segmenter on 1 MiB of text in each script:
// speed, answers, and growth from ¼ MiB to 1 MiB. Run by `npm run bench:count`.
import { countCharacters, countWords } from '../dist/index.js';

const MIB = 1 << 20;
const rounds = Number(process.argv[2] ?? 5);

/** A deterministic pseudo-random sequence, so that every run reads the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Words of each script, joined into sentences the way the script writes them.
const SCRIPTS = {
  ja: {
    words: ['東京', 'タワー', 'に', '行った', '今日', 'は', '天気', 'が', 'いい', 'ので', '散歩', 'しました', '新しい', '駅', 'の', '近く', 'で', 'ラーメン', 'を', '食べた', '記者', '会見', '政府', '発表', 'によると', '経済', '成長', '率', 'は', '上昇'],
    join: '',
    end: ['。', '、', '！', '？'],
  },
  zh: {
    words: ['今天', '天气', '很', '好', '我们', '去', '公园', '散步', '政府', '发布', '经济', '数据', '显示', '增长', '记者', '报道', '城市', '交通', '问题', '解决', '方案', '学生', '学习', '中文', '的', '了', '在', '是', '和', '有'],
    join: '',
    end: ['。', '，', '！', '？'],
  },
  th: {
    words: ['วันนี้', 'อากาศ', 'ดี', 'มาก', 'เรา', 'ไป', 'เดิน', 'เล่น', 'ที่', 'สวน', 'รัฐบาล', 'ประกาศ', 'ข่าว', 'เศรษฐกิจ', 'เติบโต', 'นักข่าว', 'รายงาน', 'เมือง', 'การ', 'จราจร', 'ปัญหา', 'แก้ไข', 'นักเรียน', 'เรียน', 'ภาษา', 'ไทย', 'และ', 'ของ', 'ใน', 'กับ'],
    join: '',
    end: [' ', ' ', '. '],
  },
  ko: {
    words: ['오늘은', '날씨가', '좋아서', '공원에', '갔다', '정부는', '경제', '성장률을', '발표했다', '기자', '회견에서', '교통', '문제를', '해결하기', '위한', '방안을', '내놓았다', '학생들이', '한국어를', '배우고', '있다', '서울', '시내', '새로운', '역', '근처에서', '라면을', '먹었다', '그리고', '하지만'],
    join: ' ',
    end: ['. ', ', ', '? '],
  },
  en: {
    words: ['the', 'government', 'announced', 'growth', 'of', 'economy', 'reporter', 'said', 'on', 'Monday', 'city', 'traffic', 'problem', 'students', 'learn', 'Korean', 'and', 'in', 'with', 'a', "it's", 'well-known', '2026', 'U.S.', 'café', 'naïve', 'résumé', 'data', 'is', 'new'],
    join: ' ',
    end: ['. ', ', ', '? ', '! '],
  },
  mixed: {
    words: ['오늘', 'Seoul', '東京タワー', '에서', 'the', 'news', '발표', '2026년', '👍🏽', 'AI', '政府', 'วันนี้', 'café', '기자', 'reported', '「速報」', '—', '100%', 'e\u0301t\u00e9', '🇰🇷', '경제', 'growth', 'ラーメン', '今天', 'ok', '“인용”', 'x86', '학생', 'test', '雨'],
    join: ' ',
    end: ['. ', ', ', '。', '! '],
  },
};

function textOf(name, size) {
  const { words, join, end } = SCRIPTS[name];
  const next = random(0x5eed + name.length);
  const parts = [];
  let length = 0;
  while (length < size) {
    const count = 4 + Math.floor(next() * 12);
    let sentence = '';
    for (let i = 0; i < count; i++) sentence += (i > 0 ? join : '') + words[Math.floor(next() * words.length)];
    sentence += end[Math.floor(next() * end.length)];
    if (next() < 0.1) sentence += '\n\n';
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, size);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('ja', { granularity: 'sentence' });

// V8's segment iterator slows down with the square of its string's length (256k characters of
// Japanese take over a minute), so the Segmenter is fed the text one paragraph at a time, and for
// the strictest comparison one sentence at a time, the sentences cut beforehand, outside the timing.
const paragraphsOf = (text) => text.split('\n');
const sentencesOf = (text) => paragraphsOf(text).flatMap((p) => [...sentenceSegmenter.segment(p)].map((s) => s.segment));
const segmenterCharacters = (paragraphs) => {
  let n = paragraphs.length - 1;
  for (const p of paragraphs) for (const _ of graphemes.segment(p)) n++;
  return n;
};
const segmenterWords = (pieces) => {
  let n = 0;
  for (const piece of pieces) for (const s of wordSegmenter.segment(piece)) if (s.isWordLike) n++;
  return n;
};

const ms = (fn) => {
  const started = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
};
/** Runs the functions in turn, round after round, so that a machine's changing load falls on all alike. */
const interleaved = (fns) => {
  const runs = fns.map(() => []);
  for (let round = 0; round < rounds; round++) fns.forEach((fn, i) => runs[i].push(ms(fn)));
  return runs.map((r) => ({ value: r[0].value, ms: r.map((x) => x.ms).sort((a, b) => a - b)[rounds >> 1] }));
};

const rows = [];
for (const name of Object.keys(SCRIPTS)) {
  const text = textOf(name, MIB);
  const quarter = text.slice(0, MIB / 4);
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text);
  const [chars, segChars, words, segWords, bySentence, quarterWords] = interleaved([
    () => countCharacters(text),
    () => segmenterCharacters(paragraphs),
    () => countWords(text),
    () => segmenterWords(paragraphs),
    () => segmenterWords(sentences),
    () => countWords(quarter),
  ]);
  rows.push({
    name,
    chars: `${chars.ms.toFixed(1)} ms`,
    charsSpeedUp: `${(segChars.ms / chars.ms).toFixed(1)}×`,
    same: chars.value.withSpaces === segChars.value ? 'yes' : `no (${chars.value.withSpaces} vs ${segChars.value})`,
    words: `${words.ms.toFixed(1)} ms (${words.value})`,
    segWords: `${segWords.ms.toFixed(1)} ms (${segWords.value})`,
    wordsSpeedUp: `${(segWords.ms / words.ms).toFixed(1)}×`,
    bySentence: `${(bySentence.ms / words.ms).toFixed(2)}×`,
    growth: `${(words.ms / quarterWords.ms).toFixed(2)}`,
  });
}

console.log(`1 MiB (${MIB} UTF-16 code units) of each; medians of ${rounds} interleaved rounds; Node ${process.version}\n`);
console.log('| text | countCharacters | speed-up over Segmenter graphemes (by paragraph) | same answer | countWords (words) | Segmenter words by paragraph (words) | speed-up | Segmenter by sentence ÷ countWords | countWords 1 MiB ÷ ¼ MiB |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.chars} | ${r.charsSpeedUp} | ${r.same} | ${r.words} | ${r.segWords} | ${r.wordsSpeedUp} | ${r.bySentence} | ${r.growth} |`);
}
