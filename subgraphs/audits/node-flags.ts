/**
 * Node flags the audits subgraph runs with (scripts/stack.ts starts it so; a deployment should too). Intake
 * allocates short-lived objects fast (parsed requests, rows, answers): with V8's default 16 MB young
 * generation a scavenge ran every few milliseconds under 50 concurrent submitters and set the p99 latency. A
 * 64 MB semi-space halves those pauses: paired runs of bench/intake/single-probe.ts gave p99 35–38 ms against
 * 41–45 ms, and ~15% less CPU per submission. Flags like this one can only be set when the process starts.
 */
export const AUDITS_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
