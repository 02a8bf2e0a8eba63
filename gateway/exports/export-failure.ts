/** A refused or failed export, as an HTTP status and a JSON error with a code (route-auth.ts's shape). */
import type { GraphQLFormattedError } from 'graphql';
import type { DataExport } from '../../lib/exports/catalog.js';
import type { GatewayContext } from '../context.js';
import { statusForGraphError } from '../graph-executor.js';

export class ExportFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static badParam(field: string, message: string): ExportFailure {
    return new ExportFailure(400, 'BAD_USER_INPUT', `${field}: ${message}`, { field });
  }

  /** The first error the graph returned, with its code and message (the gateway has masked internals already). */
  static fromGraph(errors: readonly GraphQLFormattedError[] | undefined): ExportFailure {
    const first = errors?.[0];
    const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return new ExportFailure(statusForGraphError(code), code, first?.message ?? 'The graph returned no data');
  }

  static requireRole(ctx: GatewayContext, entry: DataExport): void {
    const role = ctx.identity!.role;
    if (!entry.roles.includes(role)) {
      throw new ExportFailure(
        403,
        'FORBIDDEN',
        `The ${entry.id} export needs one of the roles ${entry.roles.join(', ')}; your token has role ${role}`,
      );
    }
  }
}
