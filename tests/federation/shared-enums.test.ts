/**
 * Enums copied between subgraphs (Sector, IloIndicator, Severity, Indicator, the breakdown enums, ...) must be
 * identical in every subgraph that defines them: composition merges them, and a value or description that
 * drifts in one copy silently changes the public API or breaks composition. This reads every subgraph's SDL
 * as written, so a new subgraph or a new shared enum is covered without editing the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const SUBGRAPHS_DIR = fileURLToPath(new URL('../../subgraphs/', import.meta.url));

interface EnumShape {
  description: string | null;
  values: { name: string; description: string | null; directives: string[] }[];
  directives: string[];
}

function shapeOf(node: EnumTypeDefinitionNode): EnumShape {
  return {
    description: node.description?.value ?? null,
    values: (node.values ?? []).map((value) => ({
      name: value.name.value,
      description: value.description?.value ?? null,
      directives: (value.directives ?? []).map((directive) => directive.name.value),
    })),
    directives: (node.directives ?? []).map((directive) => directive.name.value),
  };
}

/** Enum name → subgraph → its definition, for every subgraph with a schema.graphql. */
function readEnums(): Map<string, Map<string, EnumShape>> {
  const enums = new Map<string, Map<string, EnumShape>>();
  const subgraphs = readdirSync(SUBGRAPHS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const subgraph of subgraphs.sort()) {
    let sdl: string;
    try {
      sdl = readFileSync(`${SUBGRAPHS_DIR}${subgraph}/schema.graphql`, 'utf8');
    } catch {
      continue;
    }
    for (const definition of parse(sdl).definitions) {
      if (definition.kind === Kind.ENUM_TYPE_EXTENSION) throw new Error(`${subgraph}: extends enum ${definition.name.value}; define it whole instead`);
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
      const bySubgraph = enums.get(definition.name.value) ?? new Map<string, EnumShape>();
      bySubgraph.set(subgraph, shapeOf(definition));
      enums.set(definition.name.value, bySubgraph);
    }
  }
  return enums;
}

/** Human-readable differences between two copies of an enum, empty when identical. */
function describeDifferences(name: string, a: [string, EnumShape], b: [string, EnumShape]): string[] {
  const [subA, shapeA] = a;
  const [subB, shapeB] = b;
  const out: string[] = [];
  const where = `enum ${name}: ${subA} vs ${subB}`;
  if (shapeA.description !== shapeB.description) {
    out.push(`${where}: description ${JSON.stringify(shapeA.description)} vs ${JSON.stringify(shapeB.description)}`);
  }
  if (shapeA.directives.join() !== shapeB.directives.join()) out.push(`${where}: directives [${shapeA.directives}] vs [${shapeB.directives}]`);
  const namesA = shapeA.values.map((v) => v.name);
  const namesB = shapeB.values.map((v) => v.name);
  if (namesA.join() !== namesB.join()) {
    const onlyA = namesA.filter((v) => !namesB.includes(v));
    const onlyB = namesB.filter((v) => !namesA.includes(v));
    out.push(`${where}: values differ (only in ${subA}: [${onlyA}], only in ${subB}: [${onlyB}], order ${namesA} vs ` +
        `${namesB})`);
  }
  for (const valueA of shapeA.values) {
    const valueB = shapeB.values.find((v) => v.name === valueA.name);
    if (!valueB) continue;
    if (valueA.description !== valueB.description) {
      out.push(`${where}: ${name}.${valueA.name} description ${JSON.stringify(valueA.description)} vs ` +
          `${JSON.stringify(valueB.description)}`);
    }
    if (valueA.directives.join() !== valueB.directives.join()) {
      out.push(`${where}: ${name}.${valueA.name} directives [${valueA.directives}] vs [${valueB.directives}]`);
    }
  }
  return out;
}

describe('federation: enums shared between subgraphs', () => {
  const enums = readEnums();
  const shared = [...enums].filter(([, bySubgraph]) => bySubgraph.size > 1);

  it('finds the known shared enums (the SDL is read, not skipped)', () => {
    const names = shared.map(([name]) => name);
    for (const expected of ['Sector', 'IloIndicator', 'Severity', 'Indicator', 'BreakdownDimension', 'CrimeType', 'Exploitation', 'Sex', 'AgeGroup']) {
      expect(names, `enum ${expected} should be defined in more than one subgraph`).toContain(expected);
    }
  });

  it('defines every shared enum identically (values, order, descriptions) in each subgraph', () => {
    const problems: string[] = [];
    for (const [name, bySubgraph] of shared) {
      const [first, ...rest] = [...bySubgraph];
      for (const other of rest) problems.push(...describeDifferences(name, first!, other));
    }
    expect(problems).toEqual([]);
  });

  it('reports a drifted copy by enum, subgraph and value', () => {
    const base: EnumShape = { description: 'Sector.', directives: [], values: [{ name: 'A', description: 'a', directives: [] }, { name: 'B', description: 'b', directives: [] }] };
    const drifted: EnumShape = { ...base, values: [{ name: 'A', description: 'changed', directives: [] }, { name: 'C', description: 'c', directives: [] }] };
    expect(describeDifferences('Sector', ['audits', base], ['insights', drifted])).toEqual([
      'enum Sector: audits vs insights: values differ (only in audits: [B], only in insights: [C], order A,B vs A,C)',
      'enum Sector: audits vs insights: Sector.A description "a" vs "changed"',
    ]);
  });
});
