/**
 * The fonts for scripts DejaVu Sans lacks, by the characters that need them: Noto Sans SC for Han and kana,
 * Noto Sans KR for Hangul, each in regular and bold. Pure, so the SVG can name the family a text needs and the
 * renderer can load only the files a picture uses.
 */
export interface ScriptFont {
  needs: RegExp;
  family: string;
  regular: string;
  bold: string;
}

export const SCRIPT_FONTS: readonly ScriptFont[] = [
  {
    needs: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u,
    family: 'Noto Sans KR',
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
  {
    needs: /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u,
    family: 'Noto Sans SC',
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
];

/**
 * The font family a line of text is drawn in when it holds CJK characters: the script font first. resvg picks
 * the weight only for the text's own family; a character it finds in a fallback font is drawn at whatever
 * weight of that font it meets first, so bold CJK names came out regular. Null for text DejaVu Sans covers.
 */
export function scriptFamily(content: string): string | null {
  const font = SCRIPT_FONTS.find((candidate) => candidate.needs.test(content));
  return font ? `${font.family}, DejaVu Sans` : null;
}
