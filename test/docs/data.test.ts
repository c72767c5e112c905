import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/databases.js';

describe('docs/data.md', () => {
  it('describes every table the bot keeps, under a heading of its own', async () => {
    const database = await freshDatabase('sqlite');
    try {
      const tables = (await database.db.introspection.getTables()).map((table) => table.name).sort();
      const headings = readFileSync('docs/data.md', 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('### '));
      // The migrator's own bookkeeping holds no one's data.
      for (const table of tables.filter((name) => !name.startsWith('advisor_migration'))) {
        expect(
          headings.some((heading) => heading.includes(`\`${table}\``)),
          table,
        ).toBe(true);
      }
      expect(tables).toContain('home_pictures');
      expect(tables).toContain('dm_files');
    } finally {
      await database.drop();
    }
  });
});
