import { Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { useRelation, type Relation } from './allocation-api.ts';

type Change = Relation['history'][number];
type Brief = Relation['maintainer'];

/** The 360's maintainer card: current maintainer, advisor, sales-credit holder, and every change (from, to, why, by whom). */
export function CustomerMaintainerCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const relation = useRelation(customerId);
  const who = (staff: Brief) => (staff ? `${staff.name}（${t(`roles.${staff.role}`)}）` : t('allocation.nobody'));

  return (
    <Card title={t('allocation.cardTitle')}>
      {relation.isPending ? (
        <PageLoading />
      ) : relation.isError ? (
        <PageError error={relation.error} onRetry={() => void relation.refetch()} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('allocation.maintainer')}>{who(relation.data.maintainer)}</Descriptions.Item>
            <Descriptions.Item label={t('allocation.advisor')}>{who(relation.data.advisor)}</Descriptions.Item>
            <Descriptions.Item label={t('allocation.credit')}>{who(relation.data.credit)}</Descriptions.Item>
            <Descriptions.Item label={t('allocation.since')}>{relation.data.since ? formatInstant(relation.data.since, language) : t('common.none')}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('allocation.history')}</Typography.Title>
          <Table<Change>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={relation.data.history}
            locale={{ emptyText: t('allocation.noHistory') }}
            columns={[
              { title: t('allocation.changedAt'), key: 'at', render: (_, change) => formatInstant(change.changedAt, language) },
              { title: t('allocation.from'), key: 'from', render: (_, change) => who(change.fromMaintainer) },
              { title: t('allocation.to'), key: 'to', render: (_, change) => who(change.toMaintainer) },
              { title: t('allocation.advisor'), key: 'advisor', render: (_, change) => who(change.toAdvisor) },
              { title: t('allocation.reason'), key: 'reason', render: (_, change) => t(`allocation.reasons.${change.reason}`) + (change.note ? `：${change.note}` : '') },
              { title: t('allocation.changedBy'), dataIndex: 'changedBy', key: 'by' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
