import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { homePath } from '../../shared/layout/menu.ts';
import { permissionsOf } from '../../shared/session/session-store.ts';
import { useSession } from '../../shared/session/session-hooks.ts';

/** "/" opens the home page of the role (Today for RMs and advisors), else the first page the user may use; a role with none is told so plainly. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const session = useSession();
  const path = homePath(permissionsOf(session), undefined, session.status === 'authenticated' ? session.session.staff.role : undefined);
  if (path) return <Navigate to={path} replace />;
  return <Result status="info" title={t('errors.noPagesTitle')} subTitle={t('errors.noPages')} />;
}
