import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, unwrap } from '../../shared/api/api-error.ts';
import { LanguageSwitch } from '../../shared/layout/LanguageSwitch.tsx';
import { REDIRECT_PARAM, safeRedirect } from '../../shared/session/redirect.ts';
import { useSessionBoot } from '../../shared/session/RequireSession.tsx';
import { useServices, useSession } from '../../shared/session/session-hooks.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';

interface Credentials {
  staffNo: string;
  password: string;
}

/** Seconds left before a rate-limited login may be tried again (429 details.retryAfterMs). */
function useRetryCountdown(error: unknown): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!(error instanceof ApiError) || error.code !== 'RATE_LIMITED') return;
    const retryAfterMs = Number(error.details.retryAfterMs);
    if (!Number.isFinite(retryAfterMs) || retryAfterMs <= 0) return;
    const until = Date.now() + retryAfterMs;
    const tick = () => setSeconds(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [error]);
  return seconds;
}

/**
 * Staff number and password. The server's own message is shown for every refusal (wrong
 * password, locked account with its end time, too many attempts, staff who left), in the UI
 * language; after login the user goes back to the page they were on.
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const { api, session } = useServices();
  const state = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = safeRedirect(params.get(REDIRECT_PARAM));
  const errorMessage = useErrorMessage();
  // Someone who opens the login page with a live session goes straight on.
  useSessionBoot();

  const login = useMutation({
    mutationFn: (credentials: Credentials) => unwrap(api.POST('/api/auth/login', { body: credentials })),
    onSuccess: (view) => {
      session.signIn(view);
      void navigate(target, { replace: true });
    },
  });
  const waitSeconds = useRetryCountdown(login.error);

  if (state.status === 'authenticated' && !login.isPending && !login.isSuccess) return <Navigate to={target} replace />;
  const reason = state.status === 'anonymous' ? state.reason : undefined;

  return (
    <main style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
            <div>
              <Typography.Title level={3} style={{ margin: 0, color: '#b8860b' }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
            </div>
            <LanguageSwitch />
          </div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('auth.title')}
          </Typography.Title>
          {reason && !login.error ? <Alert type={reason === 'expired' ? 'warning' : 'success'} showIcon message={t(reason === 'expired' ? 'auth.expired' : 'auth.loggedOut')} /> : null}
          {login.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={errorMessage(login.error)}
              description={waitSeconds > 0 ? t('auth.retryIn', { seconds: waitSeconds }) : undefined}
            />
          ) : null}
          <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)} disabled={login.isPending}>
            <Form.Item label={t('auth.staffNo')} name="staffNo" rules={[{ required: true, whitespace: true, message: t('auth.staffNoRequired') }]}>
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus maxLength={32} />
            </Form.Item>
            <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={1024} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending} disabled={waitSeconds > 0}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </main>
  );
}
