/**
 * The one checked crossing from a stored string to an enum type: rows read from SQL carry enum values as `string`,
 * resolvers must return the SDL's union. The list is the vocabulary's one home (lib/domain, the measure catalogue);
 * a value outside it is a broken contract between store and schema, so it fails as an internal error naming it
 * (masked to INTERNAL_SERVER_ERROR at the edge) instead of reaching a client as an undeclared enum value.
 */
export function enumValue<T extends string>(values: readonly T[], value: string, what: string): T {
  const known: readonly string[] = values;
  if (known.includes(value)) return value as T;
  throw new Error(`${what}: stored value '${value}' is not one of ${values.join(', ')}`);
}

/** enumValue for a nullable column: null stays null. */
export function optionalEnumValue<T extends string>(
  values: readonly T[],
  value: string | null,
  what: string,
): T | null {
  return value === null ? null : enumValue(values, value, what);
}
