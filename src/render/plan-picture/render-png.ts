import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SCRIPT_FONTS } from './script-fonts.js';

/**
 * SVG to PNG, the picture's one side effect. The fonts come from packages rather than the system: servers
 * often have no fonts at all, and a picture that looked different on each host could not be tested. resvg's
 * async render runs on its own thread pool, off the event loop.
 *
 * DejaVu Sans draws Latin, Greek, Cyrillic and the picture's symbols. Team names in Chinese, Japanese or Korean
 * need Noto Sans SC (Han and kana) or Noto Sans KR (Hangul); each weight is about 10 MB, so one is loaded only
 * for a picture that has such characters (the bold one only where they are in bold text, as team names are).
 * The SVG names that family on such text (`scriptFamily`), so resvg draws it at the text's weight.
 */
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];
export const FONT_FAMILY = 'DejaVu Sans';

const resolved = new Map<string, string | null>();

/** A font file's path, found once, on first use; null when its package is not installed. */
function fontPath(file: string, required: boolean): string | null {
  if (!resolved.has(file)) {
    const require = createRequire(import.meta.url);
    let path: string | null = null;
    try {
      path = require.resolve(file);
    } catch {
      path = null;
    }
    if (path && !existsSync(path)) path = null;
    if (!path && required) throw new Error(`The picture's font is missing: ${file}`);
    resolved.set(file, path);
  }
  return resolved.get(file) ?? null;
}

/** The base font files' paths, found once, on first use, so importing this module costs nothing. */
export function pictureFontFiles(): string[] {
  return FONT_FILES.map((file) => fontPath(file, true) as string);
}

/** The text of `svg`'s bold text elements, where a script font's bold weight is needed. */
function boldText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*\bfont-weight="bold"[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1])
    .join('\n');
}

/**
 * The font files `svg` needs: the base fonts, and a CJK font only when its text has such characters, in bold
 * too when its bold text has them.
 */
export function fontFilesFor(svg: string): string[] {
  const bold = boldText(svg);
  const extra = SCRIPT_FONTS.flatMap((font) => [
    ...(font.needs.test(svg) ? [font.regular] : []),
    ...(font.needs.test(bold) ? [font.bold] : []),
  ])
    .map((file) => fontPath(file, false))
    .filter((path): path is string => path !== null);
  return [...pictureFontFiles(), ...extra];
}

export interface RenderPngOptions {
  /** Scale the picture to this width in pixels (a phone-sized copy); the SVG's own size otherwise. */
  width?: number;
}

/**
 * The PNG of `svg`, drawn with the packaged fonts only. resvg (a native library of several megabytes) is loaded
 * on the first picture, not at start: most processes never draw one, and a big plan draws its picture in a
 * worker thread.
 */
export async function renderPng(svg: string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const { default: resvg } = await import('@resvg/resvg-js');
  const image = await resvg.renderAsync(svg, {
    font: { fontFiles: fontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'original' },
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}
