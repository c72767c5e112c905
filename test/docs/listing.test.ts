import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPE_REASONS } from '../../src/slack/scopes.js';
import { listingPreviews } from './listing-previews.js';

const listing = readFileSync(new URL('../../docs/listing.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../manifests/manifest.json', import.meta.url), 'utf8'));

describe('docs/listing.md says what the app does today', () => {
  it('quotes the manifest’s descriptions', () => {
    expect(listing).toContain(`> ${manifest.display_information.description}\n`);
    expect(listing).toContain(`> ${manifest.display_information.long_description}\n`);
  });

  it('gives every scope the app asks for its reason, and no other scope', () => {
    const rowOf = (scope: string) =>
      listing.match(new RegExp(`^\\| \`${scope}\` +\\| (.+?) +\\|$`, 'm'))?.[1];
    for (const [scope, reason] of Object.entries(BOT_SCOPE_REASONS)) expect(rowOf(scope)).toBe(reason);
    const rows = [...listing.matchAll(/^\| `([a-z:_.]+)` +\|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual(Object.keys(BOT_SCOPE_REASONS).sort());
  });

  it('links the screenshots to what the builders make now', () => {
    const { answer, home, plan } = listingPreviews();
    // Whole lines: a link followed by leftovers of an older one would still contain the new one.
    const lines = listing.split('\n');
    expect(lines).toContain(`- [The answer's parent message](${answer})`);
    expect(lines).toContain(`- [App Home with the hiring plan](${home})`);
    expect(lines).toContain(`- [The hiring plan's first DM](${plan})`);
  });
});
