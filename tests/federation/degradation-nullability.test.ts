/**
 * One subgraph down must blank only its own fields: every field a failed fetch can leave null is nullable
 * (the rule is in gateway/degradation-audit.ts). Runs over the checked-in supergraph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { degradationViolations } from '../../gateway/degradation-audit.js';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file.js';

const sdl = (body: string) => `
type Country @join__type(graph: AGENCY, key: "code") @join__type(graph: AUDITS, key: "code") {
  code: ID!
  name: String! @join__field(graph: AGENCY)
}
${body}`;

describe('federation: nullability for graceful degradation', () => {
  it('leaves no non-null field that another subgraph fills, and no non-null root query field', () => {
    expect(degradationViolations(readFileSync(SUPERGRAPH_FILE, 'utf8'))).toEqual([]);
  });

  it('flags a non-null reference completed by another subgraph, and a non-null root field', () => {
    const violations = degradationViolations(
      sdl(`type Supplier @join__type(graph: AUDITS, key: "id") {
             id: ID!  country: Country! @join__field(graph: AUDITS) }
           type Query @join__type(graph: AUDITS) { suppliers: [Supplier!]! @join__field(graph: AUDITS) }`),
    );
    expect(violations.map((v) => v.coordinate)).toEqual(['Supplier.country', 'Query.suppliers']);
    expect(violations[0]!.reason).toBe('audits returns Country whose name! comes from agency');
  });

  it('accepts a nullable single reference, but not a nullable list of incomplete references', () => {
    const single = sdl(
      'type Supplier @join__type(graph: AUDITS, key: "id") { id: ID! country: Country @join__field(graph: AUDITS) }',
    );
    expect(degradationViolations(single)).toEqual([]);
    const list = sdl('type Query @join__type(graph: AUDITS) { countries: [Country!] @join__field(graph: AUDITS) }');
    expect(degradationViolations(list).map((v) => v.coordinate)).toEqual(['Query.countries']);
  });
});
