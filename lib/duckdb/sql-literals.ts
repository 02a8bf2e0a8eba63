/**
 * SQL literals for statements that are sent as text (several statements in one call cannot bind
 * parameters). DuckDB string literals take no escapes but the doubled quote: backslashes, semicolons and
 * comment markers inside the quotes are plain characters.
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A VARCHAR[] literal, typed even when empty. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}
