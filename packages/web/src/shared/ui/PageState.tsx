import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, NETWORK_ERROR } from '../api/api-error.ts';

/** Loading: a centred spinner with a label for screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin tip={t('common.loading')} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}

/** The message to show for an error: the server's own (already in the UI language) when it sent one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) return error.code === NETWORK_ERROR ? t('errors.network') : error.message;
    return t('errors.unexpected');
  };
}

/** An error with the server's message and, when it may help, a retry button. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  const status = error instanceof ApiError && error.status === 403 ? '403' : error instanceof ApiError && error.status === 404 ? '404' : 'error';
  return (
    <Result
      status={status}
      title={status === '403' ? t('errors.forbiddenTitle') : t('errors.unexpected')}
      subTitle={message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t('errors.notFoundTitle')} subTitle={t('errors.notFound')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
}
