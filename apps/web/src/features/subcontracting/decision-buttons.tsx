import { Button } from '@mantine/core';
import type { DelegationDecision } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { SubcontractingCatalogue } from './catalogue';
import type { DelegationRow } from './delegation-table';
import { delegationDecisionLabel } from './subcontracting-text';

/** The decisions the manufacturer can take on a permission in its current status. */
export function manufacturerDecisions(d: DelegationRow): DelegationDecision[] {
  switch (d.status) {
    case 'REQUESTED':
      return ['APPROVE', 'REJECT'];
    case 'APPROVED':
      return ['SUSPEND', 'REVOKE'];
    case 'SUSPENDED':
      // A suspension that follows the partner's tier ends by itself when the tier allows delegating again.
      return d.suspensionCause === 'MANUAL' ? ['LIFT_SUSPENSION', 'REVOKE'] : ['REVOKE'];
    default:
      return [];
  }
}

interface Props {
  delegation: DelegationRow;
  decisions: DelegationDecision[];
  catalogue: SubcontractingCatalogue;
  onDecide: (decision: DelegationDecision, delegation: DelegationRow) => void;
}

/** One button per decision, named with the subcontractor and the service so screen readers can tell rows apart. */
export function DecisionButtons({ delegation, decisions, catalogue, onDecide }: Props) {
  const { t } = useI18n();
  const service = t('delegation.serviceOn', {
    service: catalogue.serviceCategoryName(delegation.serviceCategoryId),
    productLine: catalogue.productLineName(delegation.productLineId),
  });
  return decisions.map((decision) => (
    <Button
      key={decision}
      size="xs"
      variant={decision === 'APPROVE' || decision === 'LIFT_SUSPENSION' ? 'filled' : 'default'}
      aria-label={t('decision.buttonLabel', {
        decision: delegationDecisionLabel(t, decision),
        subcontractor: delegation.subcontractorName,
        service,
      })}
      onClick={() => onDecide(decision, delegation)}
    >
      {delegationDecisionLabel(t, decision)}
    </Button>
  ));
}
