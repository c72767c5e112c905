/**
 * How wide a line of DejaVu Sans is, estimated without the font: the SVG is built by pure functions, and resvg
 * does not wrap or clip text, so a long team name must be cut before it runs into the grid. Widths are the
 * font's advance widths in ems, rounded up; characters it does not list (accents, other scripts) count as the
 * widest Latin letter, so an estimate errs long and a cut name still fits.
 */
const WIDTHS: Record<string, number> = {
  ' ': 0.32,
  '.': 0.32,
  ',': 0.32,
  ':': 0.34,
  ';': 0.34,
  "'": 0.28,
  '"': 0.46,
  '!': 0.4,
  '|': 0.34,
  '(': 0.39,
  ')': 0.39,
  '[': 0.39,
  ']': 0.39,
  '-': 0.37,
  '/': 0.34,
  '&': 0.78,
  '@': 1.0,
  '…': 1.0,
  '→': 0.84,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  f: 0.36,
  t: 0.4,
  r: 0.42,
  s: 0.53,
  c: 0.56,
  z: 0.53,
  m: 0.98,
  w: 0.82,
  I: 0.3,
  J: 0.3,
  M: 0.87,
  W: 0.99,
};
const LOWER = 0.64;
const UPPER = 0.79;
const DIGIT = 0.64;
const OTHER = 1.0;
/** DejaVu Sans Bold runs about a tenth wider than the regular weight. */
const BOLD = 1.12;

function charWidth(char: string): number {
  const listed = WIDTHS[char];
  if (listed !== undefined) return listed;
  if (char >= 'a' && char <= 'z') return LOWER;
  if (char >= 'A' && char <= 'Z') return UPPER;
  if (char >= '0' && char <= '9') return DIGIT;
  return OTHER;
}

/** Estimated width in pixels of `text` at `fontSize`, never less than the real one for Latin text. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? BOLD : 1);
}

/** `text` as it fits in `maxWidth` pixels: whole if it fits, else cut and ended with an ellipsis. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let kept = '';
  for (const char of chars) {
    if (textWidth(`${kept}${char}…`, fontSize, bold) > maxWidth) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** Scripts written without spaces between words (Han, kana, Hangul): a line may break before any of them. */
const NO_SPACES = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * `text` wrapped into lines of at most `maxWidth` pixels, breaking at spaces (and between characters of scripts
 * written without them). Past `maxLines`, the last line keeps the start and the end of what is left with an
 * ellipsis between, so two long names that differ at the end stay told apart.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  maxLines = 2,
): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let start = 0;
  // Widths add up character by character, so a line is measured once, not once per character.
  while (start < chars.length && lines.length <= maxLines) {
    let end = start;
    let width = 0;
    let lastBreak = -1;
    while (end < chars.length) {
      const char = chars[end] as string;
      const next = width + textWidth(char, fontSize, bold);
      if (next > maxWidth) break;
      width = next;
      if (char === ' ') lastBreak = end;
      else if (NO_SPACES.test(char) && end > start) lastBreak = end - 1;
      end += 1;
    }
    if (end < chars.length && lastBreak >= start && chars[end] !== ' ') end = lastBreak + 1;
    if (end === start) end = start + 1;
    lines.push(chars.slice(start, end).join('').trim());
    start = end;
    while (chars[start] === ' ') start += 1;
  }
  if (start < chars.length) lines.push(chars.slice(start).join(''));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...kept, fitMiddle(rest, maxWidth, fontSize, bold)];
}

/** `text` cut in the middle to fit: "Payments Assistant … EU". */
export function fitMiddle(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const tail = Math.min(chars.length - 1, Math.max(2, Math.floor(chars.length / 4)));
  let end = chars
    .slice(chars.length - tail)
    .join('')
    .trimStart();
  while (textWidth(`… ${end}`, fontSize, bold) > maxWidth / 2 && end.length > 1)
    end = [...end].slice(1).join('');
  const head = fitText(
    chars.slice(0, chars.length - tail).join(''),
    maxWidth - textWidth(` ${end}`, fontSize, bold),
    fontSize,
    bold,
  );
  return `${head} ${end}`;
}
