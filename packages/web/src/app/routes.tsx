import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { HomeRedirect } from '../features/home/HomeRedirect.tsx';
import { PERMISSIONS } from '../shared/access/permissions.ts';
import { AppShell } from '../shared/layout/AppShell.tsx';
import { RequirePermission, RequireSession } from '../shared/session/RequireSession.tsx';
import { NotFoundPage, PageLoading } from '../shared/ui/PageState.tsx';

// Route-level code splitting: each page is its own chunk, loaded when first opened.
const loadLogin = () => import('../features/auth/LoginPage.tsx');
const loadCustomerSearch = () => import('../features/customers/CustomerSearchPage.tsx');
const loadCustomer = () => import('../features/customers/CustomerPage.tsx');
const LoginPage = lazy(loadLogin);
const CustomerSearchPage = lazy(loadCustomerSearch);
const CustomerPage = lazy(loadCustomer);

/**
 * Starts loading the chunk of the page the app opens on while the session is being checked, so
 * that the two happen side by side rather than one after the other.
 */
export function preloadPage(pathname: string): void {
  // "/" leads most roles to the customer search (HomeRedirect).
  const load = pathname === '/login' ? loadLogin : /^\/customers\/[^/]+$/.test(pathname) ? loadCustomer : pathname === '/' || pathname.startsWith('/customers') ? loadCustomerSearch : undefined;
  void load?.();
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
