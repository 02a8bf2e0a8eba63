/** Panel "status" (operation DashboardStatus): the warehouse build every number on the page comes from. */
import {
  DashboardStatusDocument,
  type DashboardStatusQuery,
  type DashboardStatusQueryVariables,
} from '../../../operations/generated/graphql.js';
import { h } from '../dom.js';
import { formatDateTime } from '../format.js';
import type { PanelDefinition } from '../panel.js';

export const statusPanel: PanelDefinition<DashboardStatusQuery, DashboardStatusQueryVariables> = {
  name: 'status',
  title: 'Data freshness',
  roles: ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'],
  document: DashboardStatusDocument,
  variables: () => ({}),
  render(data) {
    const s = data.warehouseStatus;
    if (!s) return h('p', {}, 'Warehouse status unavailable.');
    return h(
      'p',
      { 'data-build': s.buildId, 'data-as-of': s.asOf },
      'Data as of ',
      h('strong', {}, s.asOf),
      ` · build ${s.buildId} published ${formatDateTime(s.builtAt)}`,
      s.methodologyVersion ? ` · methodology ${s.methodologyVersion}` : '',
    );
  },
  csv: (data) => ({
    fileName: 'tidemark-status.csv',
    columns: ['build_id', 'built_at', 'as_of', 'methodology_version'],
    rows: data.warehouseStatus
      ? [
          [
            data.warehouseStatus.buildId,
            data.warehouseStatus.builtAt,
            data.warehouseStatus.asOf,
            data.warehouseStatus.methodologyVersion,
          ],
        ]
      : [],
  }),
};
