import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { homePath } from '../../shared/layout/menu.ts';
import { permissionsOf } from '../../shared/session/session-store.ts';
import { useSession } from '../../shared/session/session-hooks.ts';

/** "/" opens the first page the user may use; a role with none is told so plainly. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const path = homePath(permissionsOf(useSession()));
  if (path) return <Navigate to={path} replace />;
  return <Result status="info" title={t('errors.noPagesTitle')} subTitle={t('errors.noPages')} />;
}
