import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * SVG to PNG, the picture's one side effect. The font comes from the dejavu-fonts-ttf package rather than the
 * system: servers often have no fonts at all, and a picture that looked different on each host could not be
 * tested. resvg's async render runs on its own thread pool, off the event loop.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
export const FONT_FAMILY = 'DejaVu Sans';

let fontFiles: string[] | undefined;

/** The font files' paths, found once, on first use, so importing this module costs nothing. */
export function pictureFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    const found = FONT_FILES.map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    const missing = found.filter((path) => !existsSync(path));
    if (missing.length > 0) throw new Error(`The picture's font is missing: ${missing.join(', ')}`);
    fontFiles = found;
  }
  return fontFiles;
}

export interface RenderPngOptions {
  /** Scale the picture to this width in pixels (a phone-sized copy); the SVG's own size otherwise. */
  width?: number;
}

/**
 * The PNG of `svg`, drawn with the packaged DejaVu Sans only. resvg (a native library of several megabytes)
 * is loaded on the first picture, not at start: most processes never draw one, and a big plan draws its
 * picture in a worker thread.
 */
export async function renderPng(svg: string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const { default: resvg } = await import('@resvg/resvg-js');
  const image = await resvg.renderAsync(svg, {
    font: { fontFiles: pictureFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'original' },
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}
