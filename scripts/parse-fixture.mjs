#!/usr/bin/env node
// `npm start`: parses a bundled fixture post with the built package and prints its Article as
// JSON (the long `source`, `body` and `html` strings are shortened to keep the output readable).
import { readFileSync } from 'node:fs';
import { parseArticle } from '../dist/index.js';

const file = process.argv[2] ?? 'fixtures/tip-line-list/post.md';
const article = parseArticle(readFileSync(file, 'utf8'), { path: file });
const shorten = (text) => (text.length > 120 ? `${text.slice(0, 120)}… (${text.length} characters)` : text);
console.log(JSON.stringify({ ...article, source: shorten(article.source), body: shorten(article.body), html: shorten(article.html) }, null, 2));
