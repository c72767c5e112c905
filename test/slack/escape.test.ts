import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUserText, truncate } from '../../src/slack/blocks/escape.js';
import { context, header, section } from '../../src/slack/blocks/text.js';

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

  // Each broadcast word on its own, in any case: a team named after one must not ping anyone.
  it.each([
    ['@channel', `@${ZWJ}channel`],
    ['@here', `@${ZWJ}here`],
    ['@everyone', `@${ZWJ}everyone`],
    ['@Channel team', `@${ZWJ}Channel team`],
    ['ask @HERE', `ask @${ZWJ}HERE`],
  ])('the broadcast word %j is broken', (input, shown) => {
    expect(escapeUserText(input)).toBe(shown);
  });

  // Names holding a single one of the characters the fast path looks for: leaving any out of it would let
  // that name through unescaped.
  it.each([
    ['*Stars*', `${ZWJ}*${ZWJ}Stars${ZWJ}*${ZWJ}`],
    ['~Tilde~', `${ZWJ}~${ZWJ}Tilde${ZWJ}~${ZWJ}`],
    ['`Ticks`', `${ZWJ}\`${ZWJ}Ticks${ZWJ}\`${ZWJ}`],
    ['_Under_', `${ZWJ}_${ZWJ}Under${ZWJ}_${ZWJ}`],
    ['R & D', 'R &amp; D'],
    ['a < b', 'a &lt; b'],
    ['a > b', 'a &gt; b'],
    ['team@here', `team@${ZWJ}here`],
    ['see mailto://x', `see mailto:${ZWJ}//x`],
    ['acme.io', `acme${ZWJ}.io`],
    // Nothing but markers, and a link at the very start.
    ['***', `${ZWJ}*${ZWJ}`.repeat(3)],
    ['http://x', `http:${ZWJ}//x`],
  ])('%j, with one marker only, is escaped', (input, shown) => {
    expect(escapeUserText(input)).toBe(shown);
  });
});

describe('text at Slack limits', () => {
  it('truncate keeps text of exactly the limit, and cuts one over it to the limit with an ellipsis', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
    expect(truncate('abcdef', 5)).toBe('abcd…');
    expect(truncate('', 5)).toBe('');
  });

  it('a section keeps 3000 characters and cuts 3001 to 3000', () => {
    expect(section('x'.repeat(3000)).text?.text).toBe('x'.repeat(3000));
    expect(section('x'.repeat(3001)).text?.text).toBe(`${'x'.repeat(2999)}…`);
  });

  it('a header keeps 150 characters and cuts 151 to 150', () => {
    expect(header('h'.repeat(150)).text.text).toBe('h'.repeat(150));
    expect(header('h'.repeat(151)).text.text).toBe(`${'h'.repeat(149)}…`);
  });

  it('a context keeps 10 elements of up to 2000 characters each', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `line ${i}`);
    expect(context(...eleven).elements.map((element) => ('text' in element ? element.text : ''))).toEqual(
      eleven.slice(0, 10),
    );
    const [kept, cut] = context('c'.repeat(2000), 'c'.repeat(2001)).elements;
    expect(kept && 'text' in kept ? kept.text : '').toBe('c'.repeat(2000));
    expect(cut && 'text' in cut ? cut.text : '').toBe(`${'c'.repeat(1999)}…`);
  });
});
