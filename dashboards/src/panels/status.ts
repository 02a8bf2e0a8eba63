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
