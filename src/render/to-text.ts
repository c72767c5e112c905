import type { Doc, DocBlock } from './document.js';

/** Plain text for a terminal: underlined headings, aligned columns. */
export function toText(doc: Doc): string {
  return `${doc.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(block.text.length)}`;
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item.replaceAll('\n', '\n  ')}`).join('\n');
    case 'table':
      return renderTable(block.header, block.rows);
  }
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
