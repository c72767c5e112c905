import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { getDefaultPlaybook, type Playbook, resolvePlaybook, ValidationError } from '../advisor/index.js';
import { readFailure } from './read-failure.js';

/** A playbook file that could not be used; the message names the file, the field and the reason. */
export class PlaybookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaybookFileError';
  }
}

/**
 * Our playbook, or ours with an operator's file laid over it (PLAYBOOK_FILE, JSON or YAML). The file only
 * needs the fields it changes.
 */
export async function loadPlaybook(path: string | undefined): Promise<Playbook> {
  if (!path) return getDefaultPlaybook();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PlaybookFileError(`Cannot read playbook file ${path}: ${readFailure(error)}.`);
  }
  let data: unknown;
  try {
    // The YAML parser is loaded only for a YAML file, not at every start.
    data = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (error) {
    throw new PlaybookFileError(
      `Playbook file ${path} is not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  try {
    return resolvePlaybook(data ?? {});
  } catch (error) {
    if (error instanceof ValidationError) {
      const lines = error.fieldErrors.map((field) => `  ${field.path || '(whole file)'}: ${field.message}`);
      throw new PlaybookFileError(`Playbook file ${path} is invalid:\n${lines.join('\n')}`);
    }
    throw error;
  }
}
