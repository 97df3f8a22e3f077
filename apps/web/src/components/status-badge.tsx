import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = {
  ACTIVE: 'green',
  ONBOARDING: 'blue',
  INVITED: 'blue',
  SUSPENDED: 'orange',
  DEACTIVATED: 'gray',
  ENDED: 'gray',
  EXPIRED: 'gray',
  REVOKED: 'red',
  OPEN: 'blue',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
};

/** Colour is a hint only (the dot); the text names the status and keeps full contrast. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="dot" radius="sm">
      {label}
    </Badge>
  );
}
