import { BarChartOutlined, HomeOutlined, LogoutOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { unwrap } from '../api/api-error.ts';
import { useServices, useSession } from '../session/session-hooks.ts';
import { PageLoading } from '../ui/PageState.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { selectedEntry, visibleMenu } from './menu.ts';

const ICONS: Record<string, ReactNode> = {
  workbench: <HomeOutlined />,
  customers: <TeamOutlined />,
  dashboards: <BarChartOutlined />,
};

/** The frame of every page after login: side menu from the user's permissions, header, content. */
export function AppShell() {
  const { t } = useTranslation();
  const { api, session } = useServices();
  const state = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (state.status !== 'authenticated') return null;
  const { staff, permissions, mustChangePassword } = state.session;
  const entries = visibleMenu(permissions);
  const selected = selectedEntry(location.pathname, entries);

  const logout = async () => {
    // Whatever the server answers (a session that already ended is fine), the client forgets it.
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    session.signOut();
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208} style={{ borderRight: '1px solid #f0f0f0' }}>
        <Link to="/" style={{ display: 'block', padding: '16px 24px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b8860b' }}>
            {t('app.name')}
          </Typography.Title>
        </Link>
        <nav aria-label={t('menu.navigation')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.key] : []}
            items={entries.map((entry) => ({ key: entry.key, icon: ICONS[entry.key], label: <Link to={entry.path}>{t(entry.label)}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', borderBottom: '1px solid #f0f0f0' }}>
          <Space size="middle" wrap>
            <LanguageSwitch />
            <Space size={4} aria-label={t('header.userMenu')} data-testid="current-user">
              <UserOutlined aria-hidden />
              <Typography.Text strong>{staff.name}</Typography.Text>
              <Typography.Text type="secondary">{staff.staffNo}</Typography.Text>
              <Tag>{t(`roles.${staff.role}`, { defaultValue: staff.role })}</Tag>
              <Typography.Text type="secondary" title={staff.org.code}>
                {staff.org.name}
              </Typography.Text>
            </Space>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {t('header.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {mustChangePassword ? <Typography.Paragraph type="warning">{t('auth.mustChangePassword')}</Typography.Paragraph> : null}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
