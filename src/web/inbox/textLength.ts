/**
 * A reply's length as the account's network counts it (`replyLimits.counting`), for the live count
 * in the composer. The server checks again through the connector before sending.
 */

const URL_PATTERN = /https?:\/\/\S+/g;
/** X counts every link as 23 characters. https://docs.x.com/fundamentals/counting-characters */
const X_URL_WEIGHT = 23;

/** Code points X weighs 1; all others weigh 2 (its version 3 configuration, same page as above). */
const X_LIGHT_RANGES: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function graphemeCount(text: string): number {
  let count = 0;
  for (const _segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count += 1;
  return count;
}

function weightedLength(text: string): number {
  const urls = text.match(URL_PATTERN) ?? [];
  const rest = text.replace(URL_PATTERN, '');
  let length = urls.length * X_URL_WEIGHT;
  for (const character of rest) {
    const code = character.codePointAt(0) ?? 0;
    length += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return length;
}

export function textLength(text: string, counting: string): number {
  switch (counting) {
    case 'graphemes':
      return graphemeCount(text);
    case 'utf16':
      return text.length;
    case 'weighted':
      return weightedLength(text);
    default:
      // 'characters' and anything newer: Unicode code points.
      return [...text].length;
  }
}
