// Lets Ant Design 5 render its pop-ups and wave effect under React 19.
import '@ant-design/v5-patch-for-react-19';
// Ant Design's base styles (margins, box sizing, fonts) for the whole page.
import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadPage } from './app/routes.tsx';
import { createAppServices } from './app/services.ts';
import { languageOf } from './shared/i18n/i18n.ts';

preloadPage(window.location.pathname);
const services = createAppServices();
document.documentElement.lang = languageOf(services.i18n);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
