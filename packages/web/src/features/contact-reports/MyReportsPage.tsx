import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { useReports } from './contact-reports-api.ts';
import { ReportTable } from './ReportTable.tsx';

/** /contact-reports: the caller's communication reports in every state, newest change first. */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const mine = useReports('mine');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('contactReports.mine.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('contactReports.mine.intro')}</Typography.Paragraph>
      </div>
      <Card>
        {mine.isPending ? (
          <PageLoading />
        ) : mine.isError ? (
          <PageError error={mine.error} onRetry={() => void mine.refetch()} />
        ) : (
          <ReportTable
            items={mine.data.items}
            label={t('contactReports.mine.label')}
            empty={t('contactReports.mine.empty')}
            actions={(report) => <Link to={`/contact-reports/${report.id}`}>{report.actions.includes('EDIT') ? t('contactReports.mine.edit') : t('contactReports.mine.open')}</Link>}
          />
        )}
      </Card>
    </Space>
  );
}
