/**
 * Ids of generated rows: a kind prefix and the row's index, zero-padded so ids sort in insertion order (the
 * primary-key index builds fastest from sorted keys, and a row's id says where it came from).
 */
const WIDTH = { sup: 8, aud: 9, fnd: 10, cap: 10 } as const;
export type IdKind = keyof typeof WIDTH;

export function entityId(kind: IdKind, index: number): string {
  return `${kind}-${String(index).padStart(WIDTH[kind], '0')}`;
}

/** The same id as a SQL expression over an integer expression. */
export function entityIdSql(kind: IdKind, indexSql: string): string {
  return `('${kind}-' || lpad(CAST(${indexSql} AS VARCHAR), ${WIDTH[kind]}, '0'))`;
}
