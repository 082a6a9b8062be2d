import { Descriptions, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { ChannelTag, staffLabel } from '../contact/contact-labels.tsx';
import type { Report, ReportStatus } from './contact-reports-api.ts';

const STATUS_COLORS: Record<ReportStatus, string> = { DRAFT: 'default', SUBMITTED: 'processing', REVIEWED: 'success', RETURNED: 'warning' };

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`contactReports.statuses.${status}`)}</Tag>;
}

export function ratingsText(t: (key: string, options?: Record<string, unknown>) => string, ratings: { effectiveness: number; compliance: number; progress: number } | null): string {
  return ratings ? t('contactReports.ratings.summary', ratings) : '';
}

/** Who moved the report to which state, when, with the ratings and comment of each review. */
export function ReportHistory({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={t('contactReports.editor.history')}>
      <Typography.Title level={5}>{t('contactReports.editor.history')}</Typography.Title>
      <Timeline
        items={report.history.map((step, index) => ({
          key: index,
          children: (
            <>
              {t('contactReports.editor.transition', {
                who: staffLabel(step.by, t('common.none')),
                at: formatInstant(step.at, i18n.language),
                to: t(`contactReports.statuses.${step.to}`),
              })}
              {step.ratings ? <div>{ratingsText(t, step.ratings)}</div> : null}
              {step.comment ? <div>{step.comment}</div> : null}
            </>
          ),
        }))}
      />
    </section>
  );
}

/** The report as written, read only (the review dialog, a submitted or reviewed report). */
export function ReportContent({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const text = (value: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{value || t('common.none')}</span>;
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t('contactReports.fields.customer')}>{`${report.customer.name}（${report.customer.customerNo}）`}</Descriptions.Item>
      <Descriptions.Item label={t('contactReports.fields.author')}>{staffLabel(report.author, t('common.none'))}</Descriptions.Item>
      <Descriptions.Item label={t('contactReports.fields.metOn')}>{formatDay(report.metOn, i18n.language)}</Descriptions.Item>
      {report.contactRecord ? (
        <Descriptions.Item label={t('contactReports.fields.contactRecord')}>
          {formatInstant(report.contactRecord.occurredAt, i18n.language)} <ChannelTag channel={report.contactRecord.channel} />
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('contactReports.fields.keyPoints')}>{text(report.keyPoints)}</Descriptions.Item>
      <Descriptions.Item label={t('contactReports.fields.needs')}>{text(report.needs)}</Descriptions.Item>
      <Descriptions.Item label={t('contactReports.fields.nextActions')}>{text(report.nextActions)}</Descriptions.Item>
    </Descriptions>
  );
}
