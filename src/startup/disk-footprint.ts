import { closeSync, existsSync, mkdirSync, openSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDatabaseUrl } from '../storage/database.js';

export interface DiskFootprint {
  /**
   * After a failed start, with this process's own connection closed: removes the database file if this
   * process created it and no other process has it open, then the folders it created that are left empty.
   */
  removeCreated(): void;
}

const NOTHING: DiskFootprint = { removeCreated() {} };

/**
 * Creates the SQLite database file (and its folders) before SQLite opens it, so a start that then fails can
 * leave the disk as it found it, and never take what is not its own: another copy of the bot started at the
 * same moment (a rolling deploy on one host, a second copy by mistake) may be running on that very file.
 *
 * - The file is created exclusively (`O_EXCL`): of two processes starting at once, exactly one creates it;
 *   the other finds it there and will never remove it.
 * - The creator removes it only when no other connection has it open. Every connection of the bot reads
 *   the file as soon as it opens it (src/storage/sqlite-thread.ts), which opens its write-ahead log and the
 *   shared-memory file beside it; SQLite deletes both when the last connection closes. So, once this
 *   process's own connection is closed, either file still there means another process is using the
 *   database (or one crashed mid-write), and everything stays.
 *
 * PostgreSQL creates nothing locally.
 */
export function diskFootprint(databaseUrl: string | undefined): DiskFootprint {
  let path: string;
  try {
    const target = parseDatabaseUrl(databaseUrl);
    if (target.engine !== 'sqlite' || target.path === ':memory:') return NOTHING;
    path = resolve(target.path);
  } catch {
    // Opening the database reports a bad DATABASE_URL itself.
    return NOTHING;
  }
  const folders: string[] = [];
  for (let folder = dirname(path); !existsSync(folder); folder = dirname(folder)) folders.push(folder);
  let created = false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, 'wx'));
    created = true;
  } catch {
    // There already (another process's, or an earlier run's), or the folder cannot be written: SQLite's own
    // open reports that with the path.
  }
  return {
    removeCreated() {
      const inUse = [`${path}-wal`, `${path}-shm`, `${path}-journal`].some((file) => existsSync(file));
      if (created && !inUse) rmSync(path, { force: true });
      // Deepest first; a folder something else has written into since is left alone.
      for (const folder of folders) {
        try {
          rmdirSync(folder);
        } catch {}
      }
    },
  };
}
