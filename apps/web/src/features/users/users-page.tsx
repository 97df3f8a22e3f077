import { UserDirectory } from './user-directory';

const MANUFACTURER_ROLES = ['ADMIN', 'PARTNER_MANAGER', 'TRAINING_MANAGER', 'KNOWLEDGE_EDITOR', 'HOTLINE_AGENT'] as const;

/** Manufacturer staff: everybody in the network; invitations go to the manufacturer's own staff. */
export default function UsersPage() {
  return <UserDirectory title="users.title" emptyText="users.empty" invitableRoles={MANUFACTURER_ROLES} showOrganisation />;
}
