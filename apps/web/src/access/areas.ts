import type { MessageKey } from '../i18n/messages';
import type { Viewer } from '../session/session-context';
import { can, hasRole } from './permissions';

export type AreaId =
  'network' | 'status' | 'trainings' | 'knowledge' | 'hotline' | 'subcontractors' | 'delegations' | 'company' | 'team' | 'users' | 'audit';

export interface Area {
  id: AreaId;
  path: string;
  label: MessageKey;
  /** What the area is for, shown on the home page. */
  description: MessageKey;
  /** False while a later issue still has to build the area; it then shows "coming soon". */
  available: boolean;
  canUse: (viewer: Viewer) => boolean;
}

const isManufacturer = (v: Viewer): boolean => v.organisation.kind === 'MANUFACTURER';
const isPartner = (v: Viewer): boolean => v.organisation.kind === 'PARTNER';

/**
 * One list decides both the navigation and the route guards, so a hidden entry and a refused
 * deep link can never disagree. Areas backed by the API follow its permissions; areas not built
 * yet follow the roles the product brief names for them.
 */
export const AREAS: readonly Area[] = [
  {
    id: 'network',
    path: '/network',
    label: 'nav.network',
    description: 'area.network.description',
    available: true,
    canUse: (v) => isManufacturer(v) && can(v, 'organisation.read'),
  },
  {
    id: 'status',
    path: '/status',
    label: 'nav.status',
    description: 'area.status.description',
    available: true,
    canUse: (v) => isPartner(v) && can(v, 'grant.read'),
  },
  {
    id: 'trainings',
    path: '/trainings',
    label: 'nav.trainings',
    description: 'area.trainings.description',
    available: true,
    canUse: (v) => (isManufacturer(v) && hasRole(v, 'ADMIN', 'TRAINING_MANAGER')) || isPartner(v),
  },
  {
    id: 'knowledge',
    path: '/knowledge',
    label: 'nav.knowledge',
    description: 'area.knowledge.description',
    available: true,
    canUse: (v) => can(v, 'knowledge.read'),
  },
  {
    id: 'hotline',
    path: '/hotline',
    label: 'nav.hotline',
    description: 'area.hotline.description',
    available: false,
    canUse: (v) => isManufacturer(v) && hasRole(v, 'ADMIN', 'HOTLINE_AGENT'),
  },
  {
    id: 'subcontractors',
    path: '/subcontractors',
    label: 'nav.subcontractors',
    description: 'area.subcontractors.description',
    available: true,
    canUse: (v) => isPartner(v) && can(v, 'subcontractor.manage'),
  },
  {
    id: 'delegations',
    path: '/delegations',
    label: 'nav.delegations',
    description: 'area.delegations.description',
    available: true,
    canUse: (v) => isManufacturer(v) && can(v, 'delegation.decide'),
  },
  {
    id: 'company',
    path: '/company',
    label: 'nav.company',
    description: 'area.company.description',
    available: true,
    canUse: (v) => v.organisation.kind === 'SUBCONTRACTOR' && can(v, 'delegation.read'),
  },
  {
    id: 'team',
    path: '/team',
    label: 'nav.team',
    description: 'area.team.description',
    available: true,
    canUse: (v) => !isManufacturer(v) && can(v, 'user.read'),
  },
  {
    id: 'audit',
    path: '/audit',
    label: 'nav.audit',
    description: 'area.audit.description',
    available: true,
    canUse: (v) => can(v, 'audit.read'),
  },
  {
    id: 'users',
    path: '/users',
    label: 'nav.users',
    description: 'area.users.description',
    available: true,
    canUse: (v) => isManufacturer(v) && can(v, 'user.read'),
  },
];

/** In the order of AREAS, which matches the order the product brief lists them per organisation kind. */
export function areasFor(viewer: Viewer): Area[] {
  return AREAS.filter((area) => area.canUse(viewer));
}

export function areaById(id: AreaId): Area {
  const area = AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`unknown area ${id}`);
  return area;
}
