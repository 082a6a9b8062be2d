import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { HomeRedirect } from '../features/home/HomeRedirect.tsx';
import { PERMISSIONS, type Permission } from '../shared/access/permissions.ts';
import { AppShell } from '../shared/layout/AppShell.tsx';
import { RequirePermission, RequireSession } from '../shared/session/RequireSession.tsx';
import { NotFoundPage, PageLoading } from '../shared/ui/PageState.tsx';

// Route-level code splitting: each page is its own chunk, loaded when first opened.
const loadLogin = () => import('../features/auth/LoginPage.tsx');
const loadCustomerSearch = () => import('../features/customers/CustomerSearchPage.tsx');
const loadCustomer = () => import('../features/customers/CustomerPage.tsx');
const loadWorkbench = () => import('../features/workbench/WorkbenchPage.tsx');
const LoginPage = lazy(loadLogin);
const WorkbenchPage = lazy(loadWorkbench);
const TierDashboardPage = lazy(() => import('../features/dashboards/TierDashboardPage.tsx'));
const PolicyListPage = lazy(() => import('../features/policies/PolicyListPage.tsx'));
const PolicyPage = lazy(() => import('../features/policies/PolicyPage.tsx'));
const PolicySimulatorPage = lazy(() => import('../features/policies/PolicySimulatorPage.tsx'));
const DataPage = lazy(() => import('../features/data/DataPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const AllocationBoardPage = lazy(() => import('../features/allocation/AllocationBoardPage.tsx'));
const AllocationProposalPage = lazy(() => import('../features/allocation/AllocationProposalPage.tsx'));
const HandoverPage = lazy(() => import('../features/allocation/HandoverPage.tsx'));
const PotentialsPage = lazy(() => import('../features/service-tiers/PotentialsPage.tsx'));
const SpecialAdmissionsPage = lazy(() => import('../features/service-tiers/SpecialAdmissionsPage.tsx'));
const ApprovalsPage = lazy(() => import('../features/service-tiers/ApprovalsPage.tsx'));
const CardsPage = lazy(() => import('../features/cards/CardsPage.tsx'));
const CardStockPage = lazy(() => import('../features/cards/CardStockPage.tsx'));
const loadToday = () => import('../features/contact/TodayPage.tsx');
const TodayPage = lazy(loadToday);
const PlanCalendarPage = lazy(() => import('../features/contact/PlanCalendarPage.tsx'));
const CompliancePage = lazy(() => import('../features/contact/CompliancePage.tsx'));
const ContactRulesPage = lazy(() => import('../features/contact/ContactRulesPage.tsx'));
const ContactEventsPage = lazy(() => import('../features/contact/ContactEventsPage.tsx'));
const MyReportsPage = lazy(() => import('../features/contact-reports/MyReportsPage.tsx'));
const ReportEditorPage = lazy(() => import('../features/contact-reports/ReportEditorPage.tsx'));
const ReviewInboxPage = lazy(() => import('../features/contact-reports/ReviewInboxPage.tsx'));
const WorkLogPage = lazy(() => import('../features/work-log/WorkLogPage.tsx'));
const WorkLogWeekPage = lazy(() => import('../features/work-log/WorkLogWeekPage.tsx'));
const CustomerSearchPage = lazy(loadCustomerSearch);
const CustomerPage = lazy(loadCustomer);

/**
 * Starts loading the chunk of the page the app opens on while the session is being checked, so
 * that the two happen side by side rather than one after the other.
 */
export function preloadPage(pathname: string): void {
  // "/" leads most roles to the workbench (HomeRedirect; RMs and advisors to Today).
  const load =
    pathname === '/login'
      ? loadLogin
      : /^\/customers\/[^/]+$/.test(pathname)
        ? loadCustomer
        : pathname.startsWith('/customers')
          ? loadCustomerSearch
          : pathname === '/' || pathname === '/workbench'
            ? loadWorkbench
            : pathname === '/today'
              ? loadToday
              : undefined;
  void load?.();
}

function guarded(permission: Permission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'customers',
        element: (
          <RequirePermission permission={PERMISSIONS.customerReadLimited}>
            <CustomerSearchPage />
          </RequirePermission>
        ),
      },
      {
        path: 'customers/:customerId',
        element: (
          <RequirePermission permission={PERMISSIONS.customerRead}>
            <CustomerPage />
          </RequirePermission>
        ),
      },
      { path: 'workbench', element: <WorkbenchPage /> },
      { path: 'dashboards', element: guarded(PERMISSIONS.tierRead, <TierDashboardPage />) },
      { path: 'policies', element: guarded(PERMISSIONS.tierPolicyRead, <PolicyListPage />) },
      { path: 'policies/:code', element: guarded(PERMISSIONS.tierPolicyRead, <PolicyPage />) },
      { path: 'simulator', element: guarded(PERMISSIONS.tierPolicyWrite, <PolicySimulatorPage />) },
      { path: 'data', element: guarded(PERMISSIONS.importRunRead, <DataPage />) },
      { path: 'audit', element: guarded(PERMISSIONS.auditRead, <AuditPage />) },
      { path: 'allocation', element: guarded(PERMISSIONS.allocationRead, <AllocationBoardPage />) },
      { path: 'allocation/proposal', element: guarded(PERMISSIONS.allocationManage, <AllocationProposalPage />) },
      { path: 'allocation/handover', element: guarded(PERMISSIONS.allocationManage, <HandoverPage />) },
      { path: 'potentials', element: guarded(PERMISSIONS.customerRead, <PotentialsPage />) },
      { path: 'special-admissions', element: guarded(PERMISSIONS.specialAdmissionRequest, <SpecialAdmissionsPage />) },
      { path: 'approvals', element: guarded(PERMISSIONS.specialAdmissionApprove, <ApprovalsPage />) },
      { path: 'cards', element: guarded(PERMISSIONS.cardRead, <CardsPage />) },
      { path: 'card-stock', element: guarded(PERMISSIONS.cardStockManage, <CardStockPage />) },
      { path: 'today', element: guarded(PERMISSIONS.contactWrite, <TodayPage />) },
      { path: 'contact/plan', element: guarded(PERMISSIONS.contactRead, <PlanCalendarPage />) },
      { path: 'contact/compliance', element: guarded(PERMISSIONS.contactRead, <CompliancePage />) },
      { path: 'contact/rules', element: guarded(PERMISSIONS.contactRead, <ContactRulesPage />) },
      { path: 'contact/events', element: guarded(PERMISSIONS.contactEventManage, <ContactEventsPage />) },
      { path: 'contact-reports', element: guarded(PERMISSIONS.contactWrite, <MyReportsPage />) },
      { path: 'contact-reports/new', element: guarded(PERMISSIONS.contactWrite, <ReportEditorPage />) },
      { path: 'contact-reports/:reportId', element: guarded(PERMISSIONS.contactRead, <ReportEditorPage />) },
      { path: 'report-reviews', element: guarded(PERMISSIONS.contactReview, <ReviewInboxPage />) },
      { path: 'work-log', element: guarded(PERMISSIONS.contactWrite, <WorkLogPage />) },
      { path: 'work-log/week', element: guarded(PERMISSIONS.contactWrite, <WorkLogWeekPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
