/**
 * Gateway throughput (DESIGN §6): our gateway, every protection on, against vanilla @apollo/gateway +
 * @apollo/server on the same supergraph and the same three real subgraphs, side by side in one run.
 * - The subgraphs (audits, agency, campaigns) and each gateway run in child processes of their own, on a
 *   scratch data dir seeded with the demo data (seed 42); autocannon runs here, on loopback.
 * - Budget query: a page of 10 suppliers (audits) → country name/region (agency) → campaigns (campaigns).
 *   Also measured: a country overview over the same three subgraphs with no repeated entity (bench/gateway/query.ts).
 * - Every request carries a token no other request carried (a distinct `sub`), so nothing keyed on the
 *   header (verification caches, de-duplication) can flatter either gateway. Both forward it; the subgraphs
 *   verify it for both; ours verifies it first too.
 * - Rounds alternate A B A B after a warm-up of each; the figure is the median of the per-round ratios.
 * - The floor: autocannon straight at the audits subgraph with the audits hop alone.
 * Quick (default, `npm run bench`): 3 rounds of 3 s. --full: 5 rounds of 10 s. --runs N sets the rounds.
 * --profile: runs our gateway under `node --cpu-prof` and prints where its CPU went.
 *
 *   npx tsx bench/gateway.bench.ts [--full] [--runs N] [--profile]
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seedDemoData } from '../demo/seed.js';
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtNumber } from './lib/format.js';
import { machineInfo } from './lib/machine.js';
import { freshScratchDir } from './lib/paths.js';
import { recordResult } from './lib/record.js';
import { startServerChild, type ServerChild } from './gateway/children.js';
import { printProfile, profileFlags } from './gateway/profile.js';
import {
  AUDITS_HOP,
  COUNTRY_OVERVIEW,
  distinctCountries,
  fetchWhole,
  SUPPLIER_PAGE,
  type Operation,
} from './gateway/query.js';
import {
  comparisonRows,
  floorRows,
  methodNotes,
  ratios,
  SUBGRAPH_PROCESSES,
  tokenRow,
  type Comparison,
} from './gateway/report.js';
import { roundTimings, runRound, type Round, type RoundTiming, type Target } from './gateway/round.js';
import { createTokenPool } from './gateway/tokens.js';

const CONNECTIONS = 50;
/** The supergraph also routes to insights, which these queries never reach: point it where nothing listens. */
const UNUSED_INSIGHTS_URL = 'http://127.0.0.1:9/graphql';

runMain(async () => {
  const profile = process.argv.includes('--profile');
  const args = parseBenchArgs(process.argv.slice(2).filter((a) => a !== '--profile'));
  const rounds = args.runs ?? (args.full ? 5 : 3);
  const { timing, warmup } = roundTimings(args.full, CONNECTIONS);
  const machine = await machineInfo();
  const dataDir = freshScratchDir('gateway');
  const seeded = await seedDemoData(dataDir, { seed: 42 });
  // The parent creates the secret before any child starts, so all of them read the same one.
  const tokens = createTokenPool(join(dataDir, 'jwt-secret'), 'org-acme');
  await tokens.ensure(10);

  const children: ServerChild[] = [];
  try {
    const subgraphs = await Promise.all(SUBGRAPH_PROCESSES.map((kind) => startServerChild(kind, { dataDir })));
    children.push(...subgraphs);
    const subgraphUrls = {
      ...Object.fromEntries(subgraphs.map((s) => [s.kind, s.url])),
      insights: UNUSED_INSIGHTS_URL,
    };
    const profileDir = join(dataDir, 'cpu-profile');
    const ours = await startServerChild(
      'ours',
      { dataDir, subgraphUrls },
      { nodeFlags: profile ? profileFlags(profileDir) : [] },
    );
    children.push(ours);
    const vanilla = await startServerChild('vanilla', { dataDir, subgraphUrls });
    children.push(vanilla);
    const audits = subgraphs[0]!;
    const subgraphPids = Object.fromEntries(subgraphs.map((s) => [s.kind, s.pid]));
    const target = (gateway: ServerChild, name: string, op: Operation): Target => ({
      name,
      url: gateway.url,
      body: op.body,
      processes: { gateway: gateway.pid, ...subgraphPids },
    });

    // Both gateways must give the same whole answer before anything is timed.
    let pageCountries = 0;
    for (const op of [SUPPLIER_PAGE, COUNTRY_OVERVIEW]) {
      const fromOurs = await fetchWhole(ours.url, op, tokens.next());
      if (!isDeepStrictEqual(fromOurs, await fetchWhole(vanilla.url, op, tokens.next())))
        throw new Error(`the two gateways answer the ${op.name} differently`);
      if (op === SUPPLIER_PAGE) pageCountries = distinctCountries(fromOurs);
    }
    await fetchWhole(audits.url, AUDITS_HOP, tokens.next());
    console.log(
      `gateway: ours ${ours.url}, vanilla ${vanilla.url}; ${rounds} rounds × ${timing.seconds} s after ` +
        `${timing.settleSeconds} s settling, ${CONNECTIONS} connections`,
    );

    let expected = 0;
    const measure = async (t: Target, how: RoundTiming): Promise<Round> => {
      const round = await runRound(t, how, tokens, expected);
      expected = Math.max(expected, round.rps);
      return round;
    };
    const comparisons: Comparison[] = [];
    for (const op of [SUPPLIER_PAGE, COUNTRY_OVERVIEW]) {
      const [a, b] = [target(ours, 'ours', op), target(vanilla, 'vanilla', op)];
      // Warm-up (JIT, connections, caches) before the first comparison; later ones only plan a new query,
      // which each round's settling time covers.
      if (op === SUPPLIER_PAGE) {
        console.log(`${op.name}: warm-up`);
        await measure(a, warmup);
        await measure(b, warmup);
      }
      const c: Comparison = { label: op.name, ours: [], vanilla: [] };
      for (let round = 1; round <= rounds; round++) {
        console.log(`${op.name}: round ${round}`);
        c.ours.push(await measure(a, timing));
        c.vanilla.push(await measure(b, timing));
      }
      const r = ratios(c);
      console.log(
        `${op.name}: ours ÷ vanilla median ${r.median.toFixed(2)} (rounds ` +
          `${r.values.map((v) => v.toFixed(2)).join(', ')})`,
      );
      comparisons.push(c);
    }
    console.log('floor: the audits subgraph alone');
    const floorTarget: Target = {
      name: 'audits',
      url: audits.url,
      body: AUDITS_HOP.body,
      processes: { audits: audits.pid },
    };
    // The audits subgraph is warm from both comparisons: no separate warm-up.
    const floor: Round[] = [];
    for (let round = 1; round <= rounds; round++) floor.push(await measure(floorTarget, timing));

    if (profile) {
      await ours.stop();
      printProfile(profileDir);
    }

    await recordResult(
      'gateway',
      [
        ...comparisonRows(comparisons[0]!, true),
        ...comparisonRows(comparisons[1]!, false),
        ...floorRows('floor: the audits subgraph alone, the supplier page’s audits hop', floor),
        tokenRow(tokens.minted, tokens.reused),
      ],
      {
        title: 'Gateway throughput: ours vs vanilla @apollo/gateway',
        command:
          `npx tsx bench/gateway.bench.ts${args.full ? ' --full' : ''}` +
          `${args.runs ? ` --runs ${args.runs}` : ''}${profile ? ' --profile' : ''}`,
        scale: args.scale,
        scaleNote:
          `demo data (seed 42: ${fmtNumber(seeded.suppliers ?? 0)} suppliers, ` +
          `${fmtNumber(seeded.campaigns ?? 0)} campaigns); ${rounds} rounds × ${timing.seconds} s per gateway ` +
          `and query after ${timing.settleSeconds} s settling; ${CONNECTIONS} connections`,
        machine,
        notes: methodNotes({ pageCountries, warmupSeconds: warmup.seconds, windowSeconds: timing.seconds, profile }),
      },
    );
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
});
