import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { blockTextLength, packIntoMessages, phoneLines, wordsShown } from '../../src/slack/blocks/limits.js';

function sectionOf(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** A phone shows about 45 characters a line (PHONE.lineCharacters); these figures are written out by hand. */
describe('phoneLines', () => {
  it('wraps a section at 45 characters a line, and counts an empty line as one', () => {
    expect(phoneLines([sectionOf('x'.repeat(45))])).toBe(1);
    expect(phoneLines([sectionOf('x'.repeat(46))])).toBe(2);
    expect(phoneLines([sectionOf('x'.repeat(91))])).toBe(3);
    expect(phoneLines([sectionOf('')])).toBe(1);
    expect(phoneLines([{ type: 'section', fields: [{ type: 'mrkdwn', text: 'a' }] }])).toBe(1);
  });

  it('starts a new line at each line break', () => {
    expect(phoneLines([sectionOf('one\ntwo\n\nfour')])).toBe(4);
  });

  it('counts what a link shows, not its target, and no room for bold, italic or strike marks', () => {
    const label = 'l'.repeat(50);
    expect(phoneLines([sectionOf(`<https://example.com/${'p'.repeat(60)}|${label}>`)])).toBe(2);
    expect(phoneLines([sectionOf(`*${'b'.repeat(20)}* _${'i'.repeat(10)}_ ~${'s'.repeat(12)}~`)])).toBe(1);
  });

  it('joins a context line by line with a space, an image taking no room', () => {
    const twoTexts: KnownBlock = {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'a'.repeat(22) },
        { type: 'mrkdwn', text: 'b'.repeat(23) },
      ],
    };
    expect(phoneLines([twoTexts])).toBe(2);
    const withImage: KnownBlock = {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'a'.repeat(30) },
        { type: 'image', image_url: 'https://example.com/a.png', alt_text: 'a picture' },
      ],
    };
    expect(phoneLines([withImage])).toBe(1);
  });

  it('gives a table a line a row, any other block one line, and adds the blocks up', () => {
    const table: KnownBlock = {
      type: 'table',
      rows: [[{ type: 'raw_text', text: 'x'.repeat(100) }], [{ type: 'raw_text', text: 'y' }], []],
    };
    expect(phoneLines([table])).toBe(3);
    expect(phoneLines([{ type: 'divider' }])).toBe(1);
    expect(phoneLines([{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(100) } }])).toBe(1);
    expect(phoneLines([table, { type: 'divider' }, sectionOf('x'.repeat(46))])).toBe(6);
    expect(phoneLines([])).toBe(0);
  });
});

describe('wordsShown', () => {
  it('counts words with a letter or a digit; marks and dashes alone are not words', () => {
    expect(wordsShown(sectionOf('*Hello*  world — 42 : 3.5%'))).toBe(4);
    expect(wordsShown(sectionOf('— • :'))).toBe(0);
  });

  it('reads every text, buttons included, in a list of blocks, and nothing under other keys', () => {
    const blocks: KnownBlock[] = [
      sectionOf('Two words'),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'edit answers now',
            value: 'one two three',
            text: { type: 'plain_text', text: 'Edit answers' },
          },
        ],
      },
    ];
    expect(wordsShown(blocks)).toBe(4);
  });
});

describe('blockTextLength', () => {
  it('counts a section with fields only, and its text and fields together', () => {
    const fields = [
      { type: 'mrkdwn' as const, text: 'ab' },
      { type: 'plain_text' as const, text: 'cde' },
    ];
    expect(blockTextLength({ type: 'section', fields })).toBe(5);
    expect(blockTextLength({ type: 'section', text: { type: 'mrkdwn', text: 'xyz' }, fields })).toBe(8);
  });

  it('adds up a list of blocks, and counts nothing for what is not a block', () => {
    const blocks: KnownBlock[] = [
      { type: 'header', text: { type: 'plain_text', text: 'abc' } },
      sectionOf('de'),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'fgh' }] },
    ];
    expect(blockTextLength(blocks)).toBe(8);
    expect(blockTextLength(null)).toBe(0);
    expect(blockTextLength(7)).toBe(0);
  });
});

describe('packIntoMessages', () => {
  const fallback = (part: number, parts: number) => `${part}/${parts}`;

  it('fills a message to exactly the text limit before starting the next', () => {
    const six = sectionOf('x'.repeat(6));
    const four = sectionOf('y'.repeat(4));
    const one = sectionOf('z');
    expect(packIntoMessages([six, four, one], fallback, 10)).toEqual([
      { text: '1/2', blocks: [six, four] },
      { text: '2/2', blocks: [one] },
    ]);
  });

  it('sends a block longer than the limit alone, with no empty message before it', () => {
    const long = sectionOf('x'.repeat(12));
    const short = sectionOf('y');
    expect(packIntoMessages([long, short], fallback, 10)).toEqual([
      { text: '1/2', blocks: [long] },
      { text: '2/2', blocks: [short] },
    ]);
  });

  it('makes no message of no blocks', () => {
    expect(packIntoMessages([], fallback)).toEqual([]);
  });
});
