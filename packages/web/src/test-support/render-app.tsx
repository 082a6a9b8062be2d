import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App.tsx';
import { routes } from '../app/routes.tsx';
import { createAppServices } from '../app/services.ts';
import { createI18n, type Language } from '../shared/i18n/i18n.ts';
import type { fakeApi } from './fake-api.ts';

/** The whole app at `path`, on a fake API: routing, session, permissions and pages as in the browser. */
export function renderApp(api: ReturnType<typeof fakeApi>, path: string, language: Language = 'zh-CN') {
  const services = createAppServices({ fetch: api.fetch, i18n: createI18n(language) });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App services={services} router={router} />);
  return { ...view, services, router };
}
