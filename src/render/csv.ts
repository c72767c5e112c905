/**
 * The UTF-8 byte order mark. Excel opens a CSV without it in the system's legacy code page, so names in
 * Japanese, Korean or Chinese come out garbled; with it, as UTF-8. Other spreadsheets and CSV readers skip it.
 */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 CSV. A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
