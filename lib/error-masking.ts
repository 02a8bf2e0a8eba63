/**
 * Error masking, shared by the gateway and subgraphs: errors whose code is a known client code pass through
 * (without stack traces); anything else is logged in full and reaches the client as INTERNAL_SERVER_ERROR
 * with the request id, so a user can quote it and an operator can find the log line.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from './errors.js';
import type { Logger } from './logger.js';

function maskError(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = error.extensions ?? {};
    return { ...error, extensions: { ...extensions, requestId } };
  }
  return {
    message: `Internal error: quote request id ${requestId} when reporting it`,
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

export function errorMaskingPlugin<T extends BaseContext & { requestId: string }>(log: Logger): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) continue;
            log.error(
              { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
              maskError(e, contextValue.requestId),
            );
          }
        },
      };
    },
  };
}
