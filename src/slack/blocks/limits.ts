import type { KnownBlock } from '@slack/types';

/** Slack's documented limits (see ../shared/reference/slack-platform.md), and the undocumented text budget. */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Slack rejects messages with about 12,000 characters of block text (msg_blocks_too_long); keep a margin. */
  messageBlockText: 11_000,
  /** What a long DM is split at so each message reads on a phone (Slack's advice for message text). */
  readableMessageText: 4000,
  fallbackText: 4000,
  modalTitle: 24,
  privateMetadata: 3000,
  buttonValue: 2000,
  optionText: 75,
  tableRows: 100,
  tableCells: 20,
} as const;

/**
 * A thread reply reads on a phone without endless scrolling: about 40 lines, at the characters Slack shows on
 * one line of a phone about 390 points wide (about 45).
 */
export const PHONE = { replyLines: 40, lineCharacters: 45 } as const;

/** The lines blocks take on a phone: text wrapped (mrkdwn marks and link targets take no room), table rows. */
export function phoneLines(blocks: readonly KnownBlock[]): number {
  let lines = 0;
  for (const block of blocks) {
    if (block.type === 'section') lines += wrappedLines(block.text?.text ?? '');
    else if (block.type === 'context') {
      lines += wrappedLines(
        block.elements.map((element) => ('text' in element ? element.text : '')).join(' '),
      );
    } else if (block.type === 'table') lines += block.rows.length;
    else lines += 1;
  }
  return lines;
}

function wrappedLines(text: string): number {
  let lines = 0;
  const shown = text.replace(/<[^|>]*\|([^>]*)>/g, '$1').replace(/[*_~]/g, '');
  for (const line of shown.split('\n')) lines += Math.max(1, Math.ceil(line.length / PHONE.lineCharacters));
  return lines;
}

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks: KnownBlock[];
}

/**
 * Every character of text a block shows: what Slack's cumulative limit counts. On the hot path of every
 * answer, so the block kinds answers are made of are counted field by field; anything else is walked.
 */
export function blockTextLength(value: unknown): number {
  if (Array.isArray(value)) {
    let total = 0;
    for (const item of value) total += blockTextLength(item);
    return total;
  }
  if (typeof value !== 'object' || value === null) return 0;
  const block = value as KnownBlock;
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      if (block.accessory === undefined && block.expand === undefined) {
        let total = block.text?.text.length ?? 0;
        if (block.fields) for (const field of block.fields) total += field.text.length;
        return total;
      }
      break;
    case 'context': {
      let total = 0;
      for (const element of block.elements) total += 'text' in element ? element.text.length : 0;
      return total;
    }
    case 'table': {
      let total = 0;
      for (const row of block.rows)
        for (const cell of row) total += cell.type === 'raw_text' ? cell.text.length : everyTextLength(cell);
      return total;
    }
  }
  return everyTextLength(value);
}

/** The length of every string held under a `text` key, at any depth. */
export function everyTextLength(value: unknown): number {
  let total = 0;
  forEveryText(value, (text) => {
    total += text.length;
  });
  return total;
}

/** Words a person reads in blocks (every `text`, buttons included), marks and emoji names aside. */
export function wordsShown(value: unknown): number {
  let words = 0;
  forEveryText(value, (text) => {
    for (const word of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) words += 1;
  });
  return words;
}

/** Calls `visit` with every string held under a `text` key, at any depth. */
function forEveryText(value: unknown, visit: (text: string) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) forEveryText(item, visit);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const item = object[key];
    if (key === 'text' && typeof item === 'string') visit(item);
    else if (typeof item === 'object' && item !== null) forEveryText(item, visit);
  }
}

/**
 * Packs blocks into as few messages as Slack's per-message limits allow, keeping their order. Each message
 * after the first repeats nothing; `fallback(part, parts)` supplies each message's notification text.
 * `maxText` lowers the characters of block text per message (a block longer than it goes alone).
 */
export function packIntoMessages(
  blocks: KnownBlock[],
  fallback: (part: number, parts: number) => string,
  maxText: number = LIMITS.messageBlockText,
): SlackMessage[] {
  const groups: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let currentText = 0;
  for (const block of blocks) {
    const length = blockTextLength(block);
    const full = current.length >= LIMITS.blocksPerMessage || currentText + length > maxText;
    if (full && current.length > 0) {
      groups.push(current);
      current = [];
      currentText = 0;
    }
    current.push(block);
    currentText += length;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, index) => ({ text: fallback(index + 1, groups.length), blocks: group }));
}
