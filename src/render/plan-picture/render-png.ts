import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * SVG to PNG, the picture's one side effect. The fonts come from packages rather than the system: servers
 * often have no fonts at all, and a picture that looked different on each host could not be tested. resvg's
 * async render runs on its own thread pool, off the event loop.
 *
 * DejaVu Sans draws Latin, Greek, Cyrillic and the picture's symbols. Team names in Chinese, Japanese or Korean
 * need Noto Sans SC (Han and kana) or Noto Sans KR (Hangul); each is about 10 MB, so it is loaded only for a
 * picture that has such characters, and resvg falls back to it per character.
 */
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];
export const FONT_FAMILY = 'DejaVu Sans';

/** Extra fonts by the characters that need them. */
const SCRIPT_FONTS: readonly { needs: RegExp; file: string }[] = [
  {
    needs: /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u,
    file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    needs: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u,
    file: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  },
];

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

/** The font files `svg` needs: the base fonts, and a CJK font only when its text has such characters. */
export function fontFilesFor(svg: string): string[] {
  const extra = SCRIPT_FONTS.filter((font) => font.needs.test(svg))
    .map((font) => fontPath(font.file, false))
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
