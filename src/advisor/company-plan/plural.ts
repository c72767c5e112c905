/** "ML engineers", "frontend / design people": the plural of a seat's name in a sentence. */
export function pluralOf(seat: string): string {
  return /(engineer|scientist|manager|specialist)$/.test(seat) ? `${seat}s` : `${seat} people`;
}

/** "ML engineer", "frontend / design person": one holder of a seat, in a sentence. */
export function singularOf(seat: string): string {
  return /(engineer|scientist|manager|specialist)$/.test(seat) ? seat : `${seat} person`;
}
