/**
 * Runs one typed operation against this page's own origin (`/graphql`, proxied to the gateway) with the
 * user's token. Every failure — network, HTTP, GraphQL errors — comes back as a list of {message, code},
 * so a panel can always say what went wrong.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode } from 'graphql';

export interface ApiError {
  message: string;
  code: string;
  path?: string;
}

/**
 * `warnings`: errors that came with data, on fields the schema lets be null (a subgraph that did not answer
 * for a supplier's country, say). The panel still renders, shows "—" there and says what is missing.
 */
export type ApiResult<TData> = { ok: true; data: TData; warnings?: ApiError[] } | { ok: false; errors: ApiError[] };

const printed = new WeakMap<object, { query: string; operationName: string | undefined }>();

function documentText(document: TypedDocumentNode<unknown, unknown>): {
  query: string;
  operationName: string | undefined;
} {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

interface GraphQLErrorBody {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
}

function toApiErrors(errors: GraphQLErrorBody[]): ApiError[] {
  const seen = new Set<string>();
  const out: ApiError[] = [];
  for (const error of errors) {
    const message = typeof error.message === 'string' ? error.message : 'Unknown error';
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN_ERROR';
    // One message per cause: the same refusal repeated for every row says nothing new.
    if (seen.has(`${code}\n${message}`)) continue;
    seen.add(`${code}\n${message}`);
    out.push({ message, code, ...(Array.isArray(error.path) ? { path: error.path.join('.') } : {}) });
  }
  return out;
}

export async function runOperation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string | null,
): Promise<ApiResult<TData>> {
  const { query, operationName } = documentText(document as TypedDocumentNode<unknown, unknown>);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName, variables }),
    });
  } catch (error) {
    return {
      ok: false,
      errors: [{ code: 'NETWORK_ERROR', message: `The dashboard server did not answer (${(error as Error).message})` }],
    };
  }
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return {
      ok: false,
      errors: [{ code: `HTTP_${response.status}`, message: text.slice(0, 300) || response.statusText }],
    };
  }
  const errors = Array.isArray(body.errors) && body.errors.length > 0 ? toApiErrors(body.errors) : null;
  // Without data, or with a whole root field gone (its path has one element), the panel cannot be drawn.
  const partial = errors !== null && body.data != null && errors.every((e) => (e.path ?? '').includes('.'));
  if (errors && !partial) return { ok: false, errors };
  if (errors) return { ok: true, data: body.data as TData, warnings: errors };
  if (body.data === null || body.data === undefined) {
    return { ok: false, errors: [{ code: `HTTP_${response.status}`, message: 'The API returned no data' }] };
  }
  return { ok: true, data: body.data };
}
