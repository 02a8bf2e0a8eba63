/**
 * The one home of SQL literals, for statements that are sent as text (several statements in one call, COPY,
 * DDL, a model's build variables: none of them can bind parameters). DuckDB string literals take no escapes
 * but the doubled quote: backslashes, semicolons and comment markers inside the quotes are plain characters.
 * tests/lib/sql-literals.test.ts round-trips random text through DuckDB to keep it that way.
 */

/** Text made safe to sit between single quotes (the quotes are the caller's, e.g. around a JSON array). */
export function sqlStringBody(value: string): string {
  return value.includes("'") ? value.replaceAll("'", "''") : value;
}

/** A VARCHAR literal. */
export function sqlString(value: string): string {
  return `'${sqlStringBody(value)}'`;
}

/** A VARCHAR[] literal, typed even when empty. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}

/** A quoted identifier (table or column name). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
