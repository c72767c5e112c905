/**
 * What a team name may hold. The name is shown in channels, history, exports and terminals, so it must
 * display as typed: one line, visible, with no formatting characters that reorder the text around it.
 */

/**
 * Formatting characters that change how a name displays without being part of it: left-to-right and
 * right-to-left marks, embeddings, overrides and isolates. A name carrying them can show reversed or pull
 * the text around it along; they are removed.
 */
export const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Controls, and the line and paragraph separators that break a one-line name as a newline does. */
export const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;

/**
 * Characters that show nothing: format characters (zero-width space and joiners, word joiner, BOM), spaces,
 * controls, the combining grapheme joiner, and the "filler" letters and blank Braille pattern that render
 * empty.
 */
export const INVISIBLE = /^(?:[\p{Cf}\p{Z}\p{Cc}\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]|\u034F)*$/u;

export const LINE_BREAK_MESSAGE = 'must not contain control characters or line breaks';
export const INVISIBLE_MESSAGE = 'must contain letters or digits people can see, or be left empty';
