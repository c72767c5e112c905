/** "ML engineers", "frontend / design people": the plural of a seat's name in a sentence. */
export function pluralOf(seat: string): string {
  return /(engineer|scientist|manager|specialist)$/.test(seat) ? `${seat}s` : `${seat} people`;
}
