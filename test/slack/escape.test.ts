import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/slack/blocks/escape.js';

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
});
