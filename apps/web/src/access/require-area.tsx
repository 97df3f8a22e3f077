import type { ReactNode } from 'react';
import { NoAccessPage } from '../pages/no-access-page';
import { useViewer } from '../session/session-context';
import { type AreaId, areaById } from './areas';
import { can, type Permission } from './permissions';

/** A deep link into an area the viewer cannot use shows a clear page instead of an empty list or an error. */
export function RequireArea({ area, children }: { area: AreaId; children: ReactNode }) {
  const viewer = useViewer();
  return areaById(area).canUse(viewer) ? children : <NoAccessPage />;
}

/** A page inside an area that needs one more permission than the area itself (e.g. deciding tier requests). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const viewer = useViewer();
  return can(viewer, permission) ? children : <NoAccessPage />;
}
