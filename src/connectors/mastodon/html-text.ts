/**
 * Plain text from a status's `content`, which Mastodon serves as HTML (https://docs.joinmastodon.org/entities/Status/#content):
 * paragraphs become blank lines, line breaks newlines, tags are dropped (a link's hidden parts
 * are still text, so the whole address survives) and entities are decoded.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name.toLowerCase()] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    const codePoint = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks).trim();
}

/** Whitespace-insensitive form, to compare what was sent with what the instance rendered. */
export function normalizedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
