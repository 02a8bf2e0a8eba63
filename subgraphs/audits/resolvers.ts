/** All resolvers of the audits subgraph, typed by codegen (generated/resolvers-types.ts). */
import { DateScalar, DateTimeScalar } from '../../lib/scalars.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Alert, AlertConnection, alertMutation, alertQuery } from './resolvers/alerts.js';
import { Mutation } from './resolvers/mutation.js';
import { Query } from './resolvers/query.js';
import { Audit, CorrectiveAction, Country, Finding, SubmitAuditPayload, Supplier } from './resolvers/types.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...alertQuery },
  Mutation: { ...Mutation, ...alertMutation },
  Alert,
  AlertConnection,
  Country,
  Supplier,
  Audit,
  Finding,
  CorrectiveAction,
  SubmitAuditPayload,
};
