/**
 * `subscription { alertRaised(after: …) { … } }` served by polling the graph as the subscriber: the client's
 * own selection is asked of `alerts(after:, first:)` with the caller's token, so a partner streams exactly what
 * the `alerts` query would show it and nothing else. Alerts come in cursor order; when a page is short the
 * poller waits `pollMs` and asks again from the last cursor. A restarted gateway loses nothing: the client
 * subscribes again with the cursor of the last alert it received (at-least-once; it drops repeats by id).
 */
import {
  Kind,
  OperationTypeNode,
  print,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayContext } from '../context.js';
import type { GraphExecutor } from '../graph-executor.js';

/** Alerts per poll: a backlog of 1,000 drains in 5 polls. */
const ALERT_POLL_PAGE = 200;

interface Edge {
  cursor: string;
  node: Record<string, unknown>;
}

function streamError(message: string, code: string): ExecutionResult {
  return { errors: [{ message, extensions: { code } }] as never };
}

/** The subscription's one root field, its response key and the `after` it starts from. */
function subscriptionField(operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const field = operation.selectionSet.selections[0] as FieldNode;
  const argument = field.arguments?.find((a) => a.name.value === 'after')?.value;
  let after: string | null = null;
  if (argument?.kind === Kind.VARIABLE) after = (variables[argument.name.value] as string | null | undefined) ?? null;
  else if (argument?.kind === Kind.STRING) after = argument.value;
  return { field, key: field.alias?.value ?? field.name.value, after };
}

/**
 * `query { alerts(after: $__after, first: N) { … edges { cursor node <the client's selection> } } }` and the
 * client's fragments, with only the client variables the selection uses.
 */
function pollDocument(document: DocumentNode, operation: OperationDefinitionNode, field: FieldNode): string {
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const used = new Set<string>();
  for (const node of [field.selectionSet!, ...fragments]) visit(node, { Variable: (v) => void used.add(v.name.value) });
  const variables = (operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)).map(print);
  return [
    `query AlertStreamPoll($__after: String${variables.map((v) => `, ${v}`).join('')}) {`,
    `  alerts(after: $__after, first: ${ALERT_POLL_PAGE}) {`,
    `    pageInfo { hasNextPage } edges { cursor node ${print(field.selectionSet!)} }`,
    '  }',
    '}',
    ...fragments.map(print),
  ].join('\n');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

async function* poll(
  graph: GraphExecutor,
  ctx: GatewayContext,
  query: string,
  variables: Record<string, unknown>,
  start: { key: string; after: string | null },
  pollMs: number,
  signal: AbortSignal,
): AsyncGenerator<ExecutionResult> {
  let after = start.after;
  while (!signal.aborted) {
    const result = await graph<{ alerts: { pageInfo: { hasNextPage: boolean }; edges: Edge[] } }>(ctx, query, {
      ...variables,
      __after: after,
    });
    if (signal.aborted) return;
    if (result.errors?.length || !result.data) {
      // Refused (a role without alerts, a bad cursor) or the graph is down: say so and end; the client resumes.
      yield { errors: (result.errors ?? [{ message: 'The graph returned no data' }]) as never };
      return;
    }
    for (const edge of result.data.alerts.edges) {
      yield { data: { [start.key]: edge.node } };
      after = edge.cursor;
    }
    if (!result.data.alerts.pageInfo.hasNextPage) await sleep(pollMs, signal);
  }
}

/** graphql-sse's `subscribe`: an iterator of alerts for one subscriber, stopped when the client goes away. */
export function subscribeToAlerts(
  graph: GraphExecutor,
  pollMs: number,
  args: {
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown> | null;
    contextValue: GatewayContext;
  },
): AsyncIterableIterator<ExecutionResult> | ExecutionResult {
  const operation = args.document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return streamError(
      'Only subscriptions are served at /graphql/stream; send queries and mutations to /graphql',
      'BAD_REQUEST',
    );
  }
  const variables = args.variableValues ?? {};
  const start = subscriptionField(operation, variables);
  const query = pollDocument(args.document, operation, start.field);
  const abort = new AbortController();
  const inner = poll(graph, args.contextValue, query, variables, start, pollMs, abort.signal);
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => inner.next(),
    async return() {
      abort.abort();
      return inner.return(undefined);
    },
    async throw(error: unknown) {
      abort.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
