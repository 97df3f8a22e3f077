import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import type { AreaId } from '../access/areas';
import { RequireArea, RequirePermission } from '../access/require-area';
import { ComingSoonPage } from '../pages/coming-soon-page';
import { HomePage } from '../pages/home-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RequireAuth } from '../session/require-auth';
import { PortalShell } from '../shell/app-shell';

// Login, shell and home are in the first bundle; every other page loads when first visited.
const NetworkPage = lazy(() => import('../features/network/network-page'));
const OrganisationsPage = lazy(() => import('../features/network/organisations-page'));
const PartnerPage = lazy(() => import('../features/network/partner-page'));
const TierRequestsPage = lazy(() => import('../features/network/tier-requests-page'));
const StatusPage = lazy(() => import('../features/status/status-page'));
const UsersPage = lazy(() => import('../features/users/users-page'));
const TeamPage = lazy(() => import('../features/users/team-page'));
const AuditPage = lazy(() => import('../features/audit/audit-page'));
const TrainingsPage = lazy(() => import('../features/trainings/trainings-page'));
const KnowledgeSearchPage = lazy(() => import('../features/knowledge/knowledge-search-page'));
const ArticlePage = lazy(() => import('../features/knowledge/article-page'));
const ArticleEditorPage = lazy(() => import('../features/knowledge/article-editor-page'));
const MyContributionsPage = lazy(() => import('../features/knowledge/my-contributions-page'));
const EditorialPage = lazy(() => import('../features/knowledge/editorial-page'));
const SubcontractorsPage = lazy(() => import('../features/subcontracting/subcontractors-page'));
const SubcontractorPage = lazy(() => import('../features/subcontracting/subcontractor-page'));
const DelegationsPage = lazy(() => import('../features/subcontracting/delegations-page'));
const CompanyPage = lazy(() => import('../features/subcontracting/company-page'));
const AccountPage = lazy(() => import('../pages/account-page'));
const InvitationPage = lazy(() => import('../pages/invitation-page'));
// Public pages: anyone may open them without logging in.
const FindPage = lazy(() => import('../features/directory/find-page'));
const VerifyBadgePage = lazy(() => import('../features/directory/verify-page').then((m) => ({ default: m.VerifyBadgePage })));
const VerifyCertificatePage = lazy(() => import('../features/directory/verify-page').then((m) => ({ default: m.VerifyCertificatePage })));

const COMING_SOON: AreaId[] = ['hotline'];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/find" element={<FindPage />} />
      <Route path="/verify/certificate/:code" element={<VerifyCertificatePage />} />
      <Route path="/verify/:code" element={<VerifyBadgePage />} />
      <Route
        element={
          <RequireAuth>
            <PortalShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="network"
          element={
            <RequireArea area="network">
              <NetworkPage />
            </RequireArea>
          }
        />
        <Route
          path="network/organisations"
          element={
            <RequireArea area="network">
              <OrganisationsPage />
            </RequireArea>
          }
        />
        <Route
          path="network/requests"
          element={
            <RequireArea area="network">
              <RequirePermission permission="tier_request.decide">
                <TierRequestsPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="network/:id"
          element={
            <RequireArea area="network">
              <RequirePermission permission="grant.read">
                <PartnerPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="status"
          element={
            <RequireArea area="status">
              <StatusPage />
            </RequireArea>
          }
        />
        <Route
          path="users"
          element={
            <RequireArea area="users">
              <UsersPage />
            </RequireArea>
          }
        />
        <Route
          path="team"
          element={
            <RequireArea area="team">
              <TeamPage />
            </RequireArea>
          }
        />
        <Route
          path="audit"
          element={
            <RequireArea area="audit">
              <AuditPage />
            </RequireArea>
          }
        />
        <Route
          path="trainings"
          element={
            <RequireArea area="trainings">
              <TrainingsPage />
            </RequireArea>
          }
        />
        <Route
          path="knowledge"
          element={
            <RequireArea area="knowledge">
              <KnowledgeSearchPage />
            </RequireArea>
          }
        />
        <Route
          path="knowledge/articles/:id"
          element={
            <RequireArea area="knowledge">
              <ArticlePage />
            </RequireArea>
          }
        />
        <Route
          path="knowledge/articles/:id/edit"
          element={
            <RequireArea area="knowledge">
              <RequirePermission permission="knowledge.write">
                <ArticleEditorPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="knowledge/new"
          element={
            <RequireArea area="knowledge">
              <RequirePermission permission="knowledge.write">
                <ArticleEditorPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="knowledge/mine"
          element={
            <RequireArea area="knowledge">
              <RequirePermission permission="knowledge.write">
                <MyContributionsPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="knowledge/review"
          element={
            <RequireArea area="knowledge">
              <RequirePermission permission="knowledge.review">
                <EditorialPage />
              </RequirePermission>
            </RequireArea>
          }
        />
        <Route
          path="subcontractors"
          element={
            <RequireArea area="subcontractors">
              <SubcontractorsPage />
            </RequireArea>
          }
        />
        <Route
          path="subcontractors/:id"
          element={
            <RequireArea area="subcontractors">
              <SubcontractorPage />
            </RequireArea>
          }
        />
        <Route
          path="delegations"
          element={
            <RequireArea area="delegations">
              <DelegationsPage />
            </RequireArea>
          }
        />
        <Route
          path="company"
          element={
            <RequireArea area="company">
              <CompanyPage />
            </RequireArea>
          }
        />
        {COMING_SOON.map((area) => (
          <Route
            key={area}
            path={area}
            element={
              <RequireArea area={area}>
                <ComingSoonPage area={area} />
              </RequireArea>
            }
          />
        ))}
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
