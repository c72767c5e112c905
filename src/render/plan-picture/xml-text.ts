/**
 * Team names are user input and land in SVG markup: without this, a name like `<script>` or `&` breaks the
 * document (resvg refuses it) or injects elements. Control characters are not allowed in XML at all, and
 * bidirectional overrides would reorder the rest of the line, so both go before escaping.
 */
const UNSAFE = /[\p{Cc}\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/gu;

/** `text` without characters that have no place in one line of plain text; line breaks and
 * runs of whitespace become one space. */
export function plainText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(UNSAFE, '').trim();
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `text` safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return plainText(text).replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}
