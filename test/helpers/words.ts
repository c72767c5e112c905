/** Words a person reads: whitespace-separated runs with a letter or digit (table rules and dashes are not). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
