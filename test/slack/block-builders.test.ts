import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/advisor/index.js';
import { context, evidenceContext, header, plain, section, tableBlock } from '../../src/slack/blocks/text.js';

/** The exact Block Kit each small builder returns: Slack rejects a block whose `type` is wrong or missing. */
describe('the block builders', () => {
  it('plain text is never parsed for emoji', () => {
    expect(plain('Team :tada:')).toEqual({ type: 'plain_text', text: 'Team :tada:', emoji: false });
  });

  it('a section holds mrkdwn', () => {
    expect(section('*Stage:* pilot')).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Stage:* pilot' },
    });
  });

  it('a header holds plain text without emoji', () => {
    expect(header('Search team')).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Search team', emoji: false },
    });
  });

  it('a context holds one mrkdwn element per line', () => {
    expect(context('first', 'second')).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'first' },
        { type: 'mrkdwn', text: 'second' },
      ],
    });
  });

  it('a table holds raw text cells, row by row, with its column settings', () => {
    expect(
      tableBlock([
        ['Role', 'People'],
        ['Backend', '3'],
      ]),
    ).toEqual({
      type: 'table',
      column_settings: [],
      rows: [
        [
          { type: 'raw_text', text: 'Role' },
          { type: 'raw_text', text: 'People' },
        ],
        [
          { type: 'raw_text', text: 'Backend' },
          { type: 'raw_text', text: '3' },
        ],
      ],
    });
    expect(tableBlock([['a']], [{ align: 'right' }]).column_settings).toEqual([{ align: 'right' }]);
  });

  it('sources show a line each, the claim in italics and the citation after it', () => {
    const unquoted: Evidence = {
      figure: 'valueGap',
      source: 'mckinsey',
      claim: 'Few companies see value.',
      cite: 'McKinsey, 2025',
    };
    const quoted: Evidence = { ...unquoted, quote: 'only 1%', cite: 'BCG, 2024' };
    expect(evidenceContext([unquoted, quoted])).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '_Few companies see value_ (McKinsey, 2025).' },
        { type: 'mrkdwn', text: '_Few companies see value._ "only 1%" (BCG, 2024).' },
      ],
    });
  });
});
