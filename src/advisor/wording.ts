/** "1 data scientist", "3 data scientists". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Data engineer" from "data engineer": a sentence's first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name or title inside a sentence: "data engineer", "governed data pipelines", but "AI engineer". */
export function inSentence(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Seat names ending in a person ("engineer", "manager"), as against work ("frontend / design"). */
const NAMES_A_PERSON = /(engineer|scientist|manager|specialist)$/;

/** "ML engineers", "frontend / design people": the plural of a seat's name in a sentence. */
export function pluralOf(seat: string): string {
  return NAMES_A_PERSON.test(seat) ? `${seat}s` : `${seat} people`;
}

/** "ML engineer", "frontend / design person": one holder of a seat, in a sentence. */
export function singularOf(seat: string): string {
  return NAMES_A_PERSON.test(seat) ? seat : `${seat} person`;
}

/** Letters whose spoken name starts with a vowel sound: "an ML engineer", "an MLOps engineer", "a UX lead". */
const VOWEL_SOUNDING_LETTERS = /^[AEFHILMNORSX]/;

/** "an AI engineer", "an ML engineer", "a data engineer": one of something, with the article it is said with. */
export function withArticle(text: string): string {
  const spelledOut = /^[A-Z][A-Z]/.test(text);
  const an = spelledOut ? VOWEL_SOUNDING_LETTERS.test(text) : /^[aeiou]/i.test(text);
  return `${an ? 'an' : 'a'} ${text}`;
}

/**
 * When something due at the next stage happens: "before Scale" for a team heading there, and for a team that is
 * not, with no date for the move, "when the team heads for Scale". One phrase for the answer and the plan.
 */
export function beforeTheMove(nextStageName: string | undefined, heading: boolean): string {
  const next = nextStageName ?? 'the next stage';
  return heading ? `before ${next}` : `when the team heads for ${next}`;
}
