const WINDOW = 1024;

/**
 * End offsets of the first `count` grapheme clusters. The text goes to `Intl.Segmenter` in
 * windows, as V8's segment iterator slows down with the length of its string; each window starts
 * at a boundary of the last, and a boundary is a safe place to restart (UAX #29 looks back only
 * across characters that never begin a cluster).
 */
export function graphemeEnds(text: string, count: number): number[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const ends: number[] = [];
  let start = 0;
  let window = WINDOW;
  while (ends.length < count && start < text.length) {
    const end = Math.min(text.length, start + window);
    let last = start;
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
      const segmentEnd = start + index + segment.length;
      // The window's own end is no boundary of the text: the cluster may go on.
      if (segmentEnd === end && end < text.length) break;
      ends.push(segmentEnd);
      last = segmentEnd;
      if (ends.length === count) return ends;
    }
    window = last === start ? window * 2 : WINDOW;
    start = last;
  }
  return ends;
}
