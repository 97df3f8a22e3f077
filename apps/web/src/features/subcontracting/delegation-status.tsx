import { Badge } from '@mantine/core';
import type { DelegationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { delegationStatusLabel } from './subcontracting-text';

const COLORS: Record<string, string> = {
  REQUESTED: 'blue',
  APPROVED: 'green',
  SUSPENDED: 'orange',
  REJECTED: 'red',
  REVOKED: 'red',
  EXPIRED: 'gray',
  WITHDRAWN: 'gray',
  ENDED: 'gray',
};

/** Status as text (colour is a hint only); a suspension also says whether it follows the partner's tier. */
export function DelegationStatusBadge({ delegation }: { delegation: Pick<DelegationFieldsFragment, 'status' | 'suspensionCause'> }) {
  const { t } = useI18n();
  const label = delegationStatusLabel(t, delegation.status);
  return (
    <Badge
      color={COLORS[delegation.status] ?? 'gray'}
      variant="dot"
      radius="sm"
      data-testid="delegation-status"
      data-status={delegation.status}
    >
      {delegation.status === 'SUSPENDED' && delegation.suspensionCause
        ? t('delegation.suspendedWithCause', { status: label, cause: t(`delegationCause.${delegation.suspensionCause}`) })
        : label}
    </Badge>
  );
}
