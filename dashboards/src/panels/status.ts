/** Panel "status" (operation DashboardStatus): the warehouse build every number on the page comes from. */
import { DashboardStatusDocument, type DashboardStatusQuery, type DashboardStatusQueryVariables } from '../../../operations/generated/graphql.js';
import { h } from '../dom.js';
import { formatDateTime } from '../format.js';
import type { PanelDefinition } from '../panel.js';

export const statusPanel: PanelDefinition<DashboardStatusQuery, DashboardStatusQueryVariables> = {
  name: 'status',
  document: DashboardStatusDocument,
  variables: () => ({}),
  render(data) {
    const s = data.warehouseStatus;
    // Null only when insights failed, and then the panel shows the error instead of rendering.
    if (!s) return h('p', {}, 'Warehouse status unavailable.');
    return h(
      'p',
      { 'data-build': s.buildId },
      'Data as of ',
      h('strong', {}, s.asOf),
      ` · build ${s.buildId} published ${formatDateTime(s.builtAt)}`,
      s.methodologyVersion ? ` · risk ${s.methodologyVersion}` : '',
    );
  },
};
