/**
 * Reads every model under models/{staging,intermediate,marts}, finds each one's dependencies (names of other
 * models used in its SQL outside comments and string literals) and orders them so every model comes after
 * the models it reads. A cycle or a duplicate name is an error naming the models involved.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModelFile, type Layer, type ModelFile } from './model-file.js';

export interface Model extends ModelFile {
  dependsOn: string[];
  /** Build variables the SQL itself reads with getvariable('…'). */
  variables: string[];
  /** Tables the SQL reads that no model builds: raw_*, ref_*, risk_parameters. */
  inputs: string[];
  /**
   * For an additive model: the views it reads its summed inputs through (directly or through one another), in
   * build order; additive.ts evaluates them over the changed rows. Empty otherwise.
   */
  through: string[];
}

const INPUT_TABLE = /^(raw_\w+|ref_\w+|risk_parameters)$/;

export const MODELS_DIR = fileURLToPath(new URL('.', import.meta.url));
const LAYERS: Layer[] = ['staging', 'intermediate', 'marts'];

/** SQL without comments and string literals: what remains are keywords and identifiers. */
function codeOnly(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");
}

export function loadModels(dir: string = MODELS_DIR): Model[] {
  const files: ModelFile[] = [];
  for (const layer of LAYERS) {
    let names: string[];
    try {
      names = readdirSync(join(dir, layer));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names.filter((n) => n.endsWith('.sql')).sort())
      files.push(parseModelFile(join(dir, layer, name), layer));
  }
  const byName = new Map<string, ModelFile>();
  for (const f of files) {
    if (byName.has(f.name))
      throw new Error(`two models are named ${f.name}: ${byName.get(f.name)!.file} and ${f.file}`);
    byName.set(f.name, f);
  }
  const models = files.map((f): Model => {
    const code = codeOnly(f.sql);
    const identifiers = new Set(code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
    const variables = [...f.sql.matchAll(/getvariable\('([a-z_]+)'\)/g)].map((m) => m[1]!);
    return {
      ...f,
      dependsOn: [...identifiers].filter((id) => id !== f.name && byName.has(id)).sort(),
      variables: [...new Set(variables)].sort(),
      inputs: [...identifiers].filter((id) => INPUT_TABLE.test(id)).sort(),
      through: [],
    };
  });
  const sorted = sortByDependencies(models);
  const modelsByName = new Map(sorted.map((m) => [m.name, m]));
  for (const m of sorted) {
    if (m.window && !m.dependsOn.includes(m.window.relation))
      throw new Error(`${m.file}: the window's relation ${m.window.relation} is not a model it reads`);
    if (m.additive) m.through = viewsThrough(modelsByName, m, m.additive.over);
    const reads = new Set([...m.dependsOn, ...m.through.flatMap((v) => modelsByName.get(v)!.dependsOn)]);
    const notIncremental = m.additive?.over.filter((o) => !reads.has(o) || !byName.get(o)!.incremental) ?? [];
    if (notIncremental.length > 0)
      throw new Error(
        `${m.file}: additive over ${notIncremental.join(', ')}, which is not an incremental model it reads`,
      );
  }
  return sorted;
}

/** The views a model reaches `over` through: views it reads (or such a view reads) with one of them upstream. */
function viewsThrough(byName: ReadonlyMap<string, Model>, model: Model, over: readonly string[]): string[] {
  const reachesOver = (name: string): boolean => {
    const m = byName.get(name)!;
    return m.dependsOn.some((d) => over.includes(d) || reachesOver(d));
  };
  const found = new Set<string>();
  const walk = (m: Model) => {
    for (const d of m.dependsOn) {
      const dep = byName.get(d)!;
      if (dep.materialized !== 'view' || found.has(d) || !reachesOver(d)) continue;
      found.add(d);
      walk(dep);
    }
  };
  walk(model);
  // Build order (the map's insertion order): a view's CTE must follow the CTEs of the views it reads.
  return [...byName.keys()].filter((name) => found.has(name));
}

function sortByDependencies(models: Model[]): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: Model[] = [];
  const visit = (model: Model, path: string[]) => {
    const s = state.get(model.name);
    if (s === 'done') return;
    if (s === 'visiting')
      throw new Error(`models depend on each other in a cycle: ${[...path, model.name].join(' -> ')}`);
    state.set(model.name, 'visiting');
    for (const dep of model.dependsOn) visit(byName.get(dep)!, [...path, model.name]);
    state.set(model.name, 'done');
    ordered.push(model);
  };
  // Windowed models and the models reading them last, as far as dependencies allow: a windowed model adds keys
  // to the dirty ones as it is built (incremental.ts), which the audit-grained models built before it then need
  // not recompute. Any order is correct; this one is cheaper.
  const late = new Set(models.filter((m) => m.window).map((m) => m.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const m of models) {
      if (late.has(m.name) || !m.dependsOn.some((d) => late.has(d))) continue;
      late.add(m.name);
      grew = true;
    }
  }
  for (const model of models) if (!late.has(model.name)) visit(model, []);
  for (const model of models) visit(model, []);
  return ordered;
}

/** The model and everything it reads, transitively, in build order. */
export function upstreamOf(models: readonly Model[], name: string): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const wanted = new Set<string>();
  const walk = (n: string) => {
    if (wanted.has(n)) return;
    const model = byName.get(n);
    if (!model) throw new Error(`no model named ${n}`);
    wanted.add(n);
    model.dependsOn.forEach(walk);
  };
  walk(name);
  return models.filter((m) => wanted.has(m.name));
}

/** Input tables a model reads directly or through the models upstream of it. */
export function inputsOf(models: readonly Model[], name: string): string[] {
  return [...new Set(upstreamOf(models, name).flatMap((m) => m.inputs))].sort();
}

/** Whether a model's result depends on a build variable, directly or through a model it reads. */
export function usesVariables(models: readonly Model[], name: string): boolean {
  return upstreamOf(models, name).some((m) => m.variables.length > 0);
}
