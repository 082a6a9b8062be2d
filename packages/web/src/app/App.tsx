import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type createMemoryRouter } from 'react-router';
import { languageOf } from '../shared/i18n/i18n.ts';
import { ServicesContext } from '../shared/session/session-hooks.ts';
import { routes } from './routes.tsx';
import type { AppServices } from './services.ts';

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

const THEME = { token: { colorPrimary: '#b8860b', borderRadius: 6 } };

/** Ant Design in the UI language (zh-CN first), with the app's theme. */
function LocalizedApp({ router }: { router: Router }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={languageOf(i18n) === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App({ services, router }: { services: AppServices; router?: Router }) {
  const [appRouter] = useState<Router>(() => router ?? createBrowserRouter(routes));
  return (
    <ServicesContext.Provider value={services}>
      <I18nextProvider i18n={services.i18n}>
        <QueryClientProvider client={services.queryClient}>
          <LocalizedApp router={appRouter} />
        </QueryClientProvider>
      </I18nextProvider>
    </ServicesContext.Provider>
  );
}
