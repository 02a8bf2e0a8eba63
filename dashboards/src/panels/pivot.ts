/** Turns compare rows grouped by country into one table row per country with one cell per measure. */
export interface CountryRow<T> {
  code: string;
  name: string;
  byMeasure: Map<string, T>;
}

export function pivotByCountry<T extends { measure: string; group: string; country: { code: string; name: string } | null }>(rows: readonly T[]): CountryRow<T>[] {
  const countries = new Map<string, CountryRow<T>>();
  for (const row of rows) {
    let entry = countries.get(row.group);
    if (!entry) {
      entry = { code: row.group, name: row.country?.name ?? row.group, byMeasure: new Map() };
      countries.set(row.group, entry);
    }
    entry.byMeasure.set(row.measure, row);
  }
  return [...countries.values()].sort((a, b) => a.name.localeCompare(b.name));
}
