import { describe, expect, it } from 'vitest';
import { escapeUserText, truncate } from '../../src/slack/blocks/escape.js';
import { context, header, section } from '../../src/slack/blocks/text.js';

describe('escapeUserText', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<https://example.com|click>', '&lt;https:\u200B//example\u2024com|click&gt;'],
    ['@here and @everyone', '@\u200Bhere and @\u200Beveryone'],
    ['a & b', 'a &amp; b'],
    ['*bold* ~gone~ `code`', '\u2217bold\u2217 \u223Cgone\u223C \u02CBcode\u02CB'],
    ['see ftp://files', 'see ftp:\u200B//files'],
    ['docs.example', 'docs\u2024example'],
    ['Search v2.0', 'Search v2.0'],
    ['Checkout', 'Checkout'],
  ])('%j shows as text', (input, shown) => {
    expect(escapeUserText(input)).toBe(shown);
  });

  // Each broadcast word on its own, in any case: a team named after one must not ping anyone.
  it.each([
    ['@channel', '@\u200Bchannel'],
    ['@here', '@\u200Bhere'],
    ['@everyone', '@\u200Beveryone'],
    ['@Channel team', '@\u200BChannel team'],
    ['ask @HERE', 'ask @\u200BHERE'],
  ])('the broadcast word %j is broken', (input, shown) => {
    expect(escapeUserText(input)).toBe(shown);
  });

  // Names holding a single one of the characters the fast path looks for: leaving any out of it would let
  // that name through unescaped.
  it.each([
    ['*Stars*', '\u2217Stars\u2217'],
    ['~Tilde~', '\u223CTilde\u223C'],
    ['`Ticks`', '\u02CBTicks\u02CB'],
    ['R & D', 'R &amp; D'],
    ['a < b', 'a &lt; b'],
    ['a > b', 'a &gt; b'],
    ['team@here', 'team@\u200Bhere'],
    ['see mailto://x', 'see mailto:\u200B//x'],
    ['acme.io', 'acme\u2024io'],
    // Nothing but markers, and a link at the very start.
    ['***', '\u2217\u2217\u2217'],
    ['http://x', 'http:\u200B//x'],
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
