import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/slack/blocks/escape.js';

const ZWJ = '\u200D';

/** What a reader, or a screen reader, gets from mrkdwn text: entities decoded, zero-width joiners unheard. */
function heard(shown: string): string {
  return shown.replaceAll(ZWJ, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The look-alike letters the bot once put in place of the real ones. */
const LOOK_ALIKES = /[\u2217\u223C\u02CB\u2024\u200B]/;

describe('escapeUserText', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<https://example.com|click>', `&lt;https:${ZWJ}//example${ZWJ}.com|click&gt;`],
    ['@here and @everyone', `@${ZWJ}here and @${ZWJ}everyone`],
    ['a & b', 'a &amp; b'],
    [
      '*bold* _it_ ~gone~ `code`',
      `${ZWJ}*${ZWJ}bold${ZWJ}*${ZWJ} ${ZWJ}_${ZWJ}it${ZWJ}_${ZWJ} ${ZWJ}~${ZWJ}gone${ZWJ}~${ZWJ} ${ZWJ}\`${ZWJ}code${ZWJ}\`${ZWJ}`,
    ],
    ['see ftp://files', `see ftp:${ZWJ}//files`],
    ['docs.example', `docs${ZWJ}.example`],
    ['Search v2.0', 'Search v2.0'],
    ['Checkout', 'Checkout'],
  ])('%j shows as text', (input, shown) => {
    expect(escapeUserText(input)).toBe(shown);
  });

  it('reads as typed, with its own letters: only entities and zero-width joiners are added', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (typed) => {
        fc.pre(!typed.includes(ZWJ) && !LOOK_ALIKES.test(typed));
        const shown = escapeUserText(typed);
        expect(heard(shown)).toBe(typed);
        expect(shown).not.toMatch(LOOK_ALIKES);
      }),
      { numRuns: 500 },
    );
  });

  it('never pings, links or formats, whatever is typed', () => {
    const risky = fc.constantFrom(
      '<!channel>',
      '@here',
      '@channel',
      'https://x.io',
      'a.com',
      '*',
      '_',
      '~',
      '`',
      ' ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(risky, { maxLength: 12 }), (parts) => {
        const shown = escapeUserText(parts.join(''));
        expect(shown).not.toMatch(/<|>/);
        expect(shown).not.toMatch(/@(channel|here|everyone)\b/i);
        expect(shown).not.toMatch(/:\/\//);
        expect(shown).not.toMatch(/\w\.[a-z]{2,}/i);
        // Every formatting marker is fenced by joiners on both sides: it never touches the text it would format.
        expect(shown.replace(new RegExp(`${ZWJ}[*_~\`]${ZWJ}`, 'g'), '')).not.toMatch(/[*_~`]/);
      }),
    );
  });
});
