/** Renders the strategy document as CommonMark. */
import type { Block, Span, StrategyDocument } from './model.js';

/** Text from people (names, notes) must not turn into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

function span(part: Span): string {
  const text = escapeMarkdown(part.text);
  if (part.url) return `[${text}](<${part.url.replace(/[<>]/g, encodeURIComponent)}>)`;
  return part.strong ? `**${text.trimEnd()}**${text.slice(text.trimEnd().length)}` : text;
}

const line = (spans: Span[]) => spans.map(span).join('');

function block(entry: Block): string {
  switch (entry.kind) {
    case 'title':
      return `# ${escapeMarkdown(entry.text)}`;
    case 'heading':
      return `## ${escapeMarkdown(entry.text)}`;
    case 'subheading':
      return `### ${escapeMarkdown(entry.text)}`;
    case 'paragraph':
      return line(entry.spans);
    case 'list':
      return entry.items.map((item) => `- ${line(item)}`).join('\n');
  }
}

export function renderMarkdown(document: StrategyDocument): string {
  return `${document.blocks.map(block).join('\n\n')}\n`;
}
