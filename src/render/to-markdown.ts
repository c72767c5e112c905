import type { Doc, DocBlock } from './document.js';

/** GitHub-flavoured Markdown. */
export function toMarkdown(doc: Doc): string {
  return `${doc.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeInline(block.text)}`;
    case 'paragraph':
      return escapeInline(block.text);
    case 'list':
      // A line ending in a backslash is a hard break: without it Markdown joins an item's lines (a stall
      // point's what, Why, Evidence and Fix) into one run-on paragraph.
      return block.items.map((item) => `- ${escapeInline(item).replaceAll('\n', '\\\n  ')}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `- [${item.done ? 'x' : ' '}] ${escapeInline(item.text)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) =>
        `| ${cells.map((cell) => escapeInline(cell).replaceAll('|', '\\|')).join(' | ')} |`;
      return [row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n');
    }
  }
}

/** Team names and other user text must not turn into Markdown links, emphasis or HTML. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (char) => `\\${char}`);
}
