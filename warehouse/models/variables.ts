/**
 * Build variables: models read them as getvariable('as_of') / getvariable('risk_version') (so a model also
 * runs as-is in a DuckDB shell after SET VARIABLE). The runner splices validated literals in their place,
 * which keeps concurrent on-demand scoring free of connection-wide state.
 */
import { assertIsoDate, sqlDate, sqlString } from '../db.js';

export interface BuildVariables {
  /** 'YYYY-MM-DD': the date risk is scored at. */
  asOf: string;
  /** Methodology version in risk_parameters, e.g. 'risk-v1'. */
  riskVersion: string;
}

export function bindVariables(sql: string, variables: BuildVariables): string {
  assertIsoDate(variables.asOf, 'asOf');
  if (!/^[A-Za-z0-9._-]+$/.test(variables.riskVersion))
    throw new Error(`riskVersion: "${variables.riskVersion}" is not a version name`);
  return sql.replace(/getvariable\('([a-z_]+)'\)/g, (_, name: string) => {
    if (name === 'as_of') return sqlDate(variables.asOf);
    if (name === 'risk_version') return sqlString(variables.riskVersion);
    throw new Error(`unknown build variable getvariable('${name}'): expected as_of or risk_version`);
  });
}
