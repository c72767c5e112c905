/** Why a file could not be read, in words a person acts on, rather than Node's bare error code. */
const IN_WORDS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return IN_WORDS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
