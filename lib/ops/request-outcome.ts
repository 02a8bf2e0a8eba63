/**
 * Classifies each GraphQL response of any service for the request metrics (ok, partial, rejected,
 * unauthenticated, error).
 * The HTTP layer records the metric when the response is written, because requests refused before GraphQL
 * runs (401, 413, bad JSON) never reach a plugin; this plugin leaves the operation name and outcome for it.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { RequestOutcome, ServiceMetrics } from './metrics.js';

/** Any service's context: the HTTP layer gives every request an id. */
interface WithRequestId {
  requestId: string;
}

export interface OutcomeNote {
  operation: string | null;
  outcome: RequestOutcome;
}

const SEVERITY: Record<RequestOutcome, number> = { ok: 0, partial: 1, rejected: 2, unauthenticated: 3, error: 4 };

function outcomeOf(
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
  hasData: boolean,
): RequestOutcome {
  if (!errors || errors.length === 0) return 'ok';
  if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return 'error';
  if (hasData) return 'partial';
  return errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ? 'unauthenticated' : 'rejected';
}

/** Notes are keyed by request id and taken (deleted) by the HTTP layer when the response is written. */
function outcomePlugin<TContext extends WithRequestId>(notes: Map<string, OutcomeNote>): ApolloServerPlugin<TContext> {
  const listener: GraphQLRequestListener<TContext> = {
    async willSendResponse({ response, operationName, request, document, contextValue }) {
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      const outcome = outcomeOf(result.errors, result.data !== undefined && result.data !== null);
      // A document that failed validation has no resolved operation yet: name it from what the client sent.
      const name =
        operationName ??
        request.operationName ??
        (document ? getOperationAST(document)?.name?.value : undefined) ??
        null;
      const earlier = notes.get(contextValue.requestId);
      // A batch shares one request id: name it 'batch' and keep the worst outcome.
      notes.set(
        contextValue.requestId,
        earlier
          ? { operation: 'batch', outcome: SEVERITY[earlier.outcome] >= SEVERITY[outcome] ? earlier.outcome : outcome }
          : { operation: name, outcome },
      );
    },
  };
  return { requestDidStart: async () => listener };
}

export function outcomeFromStatus(status: number): RequestOutcome {
  if (status === 401) return 'unauthenticated';
  if (status >= 500) return 'error';
  if (status >= 400) return 'rejected';
  return 'ok';
}

/** The plugin and the HTTP `onResponse` hook that together record every request of a service. */
export function requestMetering<TContext extends WithRequestId>(metrics: Pick<ServiceMetrics, 'recordRequest'>) {
  const notes = new Map<string, OutcomeNote>();
  return {
    plugin: outcomePlugin<TContext>(notes),
    /** Operations run in-process (not over HTTP) must drop their note: nothing else would. */
    notes,
    onResponse({ requestId, status, ms }: { requestId: string; status: number; ms: number }): void {
      const note = notes.get(requestId);
      if (note) notes.delete(requestId);
      metrics.recordRequest(note?.operation ?? null, note?.outcome ?? outcomeFromStatus(status), ms / 1000);
    },
  };
}
