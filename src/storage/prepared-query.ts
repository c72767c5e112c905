import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/** A query built once, run with new values: `run(values)` executes it with those values in place. */
export interface PreparedQuery<Values extends Record<string, unknown>, Row> {
  /** The SQL as compiled, with its placeholders (tests and logs read it). */
  readonly sql: string;
  run(values: Values): Promise<QueryResult<Row>>;
}

type Slot = { kind: 'value'; name: string } | { kind: 'constant'; value: unknown };

/** Stands for a named value while the query is built; never reaches the database. */
class Placeholder {
  constructor(readonly name: string) {}
}

/**
 * Builds and compiles a query once, for queries run on every request. Kysely builds a tree of nodes for each
 * query and compiles it to SQL on every call: per answer that was more allocation and CPU than running the
 * two statements themselves. `build` receives `value(name)`, which stands for a value given at each run; the
 * query is built with those stand-ins, compiled for the database's dialect, and each run passes the
 * parameters in the compiled order. Values the query builds in (a `limit 1`) stay as compiled.
 *
 * Only for queries whose shape never changes with the values (no `in (...)` lists, no optional clauses):
 * a shape that varies needs a prepared query per shape.
 */
export function prepareQuery<Values extends Record<string, unknown>, Row>(
  db: Pick<Kysely<unknown>, 'executeQuery'>,
  build: (value: <Name extends keyof Values & string>(name: Name) => Values[Name]) => Compilable<Row>,
): PreparedQuery<Values, Row> {
  const used = new Set<string>();
  const compiled = build((name) => {
    used.add(name);
    return new Placeholder(name) as never;
  }).compile();
  // For each parameter of the compiled SQL, the name of the value it takes (or the constant compiled in).
  const slots: Slot[] = compiled.parameters.map((parameter) =>
    parameter instanceof Placeholder
      ? { kind: 'value', name: parameter.name }
      : { kind: 'constant', value: parameter },
  );
  const placed = new Set(slots.flatMap((slot) => (slot.kind === 'value' ? [slot.name] : [])));
  const missing = [...used].filter((name) => !placed.has(name));
  if (missing.length > 0) {
    // Kysely folded a stand-in into the SQL text instead of a parameter: the query cannot be reused.
    throw new Error(`prepareQuery: ${missing.join(', ')} did not become a parameter of ${compiled.sql}`);
  }
  return {
    sql: compiled.sql,
    run(values) {
      const parameters = slots.map((slot) => (slot.kind === 'value' ? values[slot.name] : slot.value));
      const query: CompiledQuery<Row> = { ...compiled, parameters };
      return db.executeQuery(query);
    },
  };
}
