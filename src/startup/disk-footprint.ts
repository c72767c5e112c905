import { existsSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDatabaseUrl } from '../storage/database.js';

export interface DiskFootprint {
  /** Removes the database files and folders that did not exist when the footprint was taken. */
  removeCreated(): void;
}

/**
 * What the SQLite database is about to create on disk (its file, the write-ahead log and its folders), taken
 * before it is opened, so a start that then fails can leave the disk as it found it. PostgreSQL creates
 * nothing locally.
 */
export function diskFootprint(databaseUrl: string | undefined): DiskFootprint {
  let path: string;
  try {
    const target = parseDatabaseUrl(databaseUrl);
    if (target.engine !== 'sqlite' || target.path === ':memory:') return { removeCreated() {} };
    path = resolve(target.path);
  } catch {
    // Opening the database reports a bad DATABASE_URL itself.
    return { removeCreated() {} };
  }
  const files = [path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter((file) => !existsSync(file));
  const folders: string[] = [];
  for (let folder = dirname(path); !existsSync(folder); folder = dirname(folder)) folders.push(folder);
  return {
    removeCreated() {
      for (const file of files) rmSync(file, { force: true });
      // Deepest first; a folder something else has written into since is left alone.
      for (const folder of folders) {
        try {
          rmdirSync(folder);
        } catch {}
      }
    },
  };
}
