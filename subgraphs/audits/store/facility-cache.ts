/**
 * What intake last learned about facilities: match key → the one live supplier registered under it. It lets
 * a group commit skip its lookup (intake/write.ts) because the transaction re-checks every entry it relies
 * on: a stale entry costs one retry through the lookup, never a wrong match. No invalidation is needed.
 */
export class FacilityCache {
  /** null: several live suppliers share the key (registered before matching existed); always look it up. */
  private readonly byKey = new Map<string, string | null>();

  constructor(private readonly capacity = 200_000) {}

  /** The supplier for `matchKey`; null when ambiguous; undefined when no supplier is known to have it. */
  get(matchKey: string): string | null | undefined {
    return this.byKey.get(matchKey);
  }

  /** What a lookup found for `matchKey`: the live suppliers registered under it. */
  learn(matchKey: string, supplierIds: readonly string[]): void {
    if (supplierIds.length === 0) this.byKey.delete(matchKey);
    else this.set(matchKey, supplierIds.length === 1 ? supplierIds[0]! : null);
  }

  /** A supplier this process has just registered (committed). */
  add(matchKey: string, supplierId: string): void {
    this.set(matchKey, supplierId);
  }

  private set(matchKey: string, value: string | null): void {
    // Bounded: past capacity start over; entries come back through lookups.
    if (this.byKey.size >= this.capacity && !this.byKey.has(matchKey)) this.byKey.clear();
    this.byKey.set(matchKey, value);
  }
}
