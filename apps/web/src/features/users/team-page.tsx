import { UserDirectory } from './user-directory';

const PARTNER_ROLES = ['TECHNICIAN', 'PARTNER_ADMIN'] as const;

/** A partner admin's own company: the API returns only the viewer's organisation. */
export default function TeamPage() {
  return <UserDirectory title="team.title" emptyText="team.empty" invitableRoles={PARTNER_ROLES} showOrganisation={false} />;
}
