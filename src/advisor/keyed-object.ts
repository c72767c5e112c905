import { z } from 'zod';

/** A strict object schema with exactly one entry per id, so a missing or unknown key names itself. */
export function keyedObject<const K extends string, T extends z.ZodType>(ids: readonly K[], value: T) {
  const shape = Object.fromEntries(ids.map((id) => [id, value])) as Record<K, T>;
  return z.strictObject(shape);
}
