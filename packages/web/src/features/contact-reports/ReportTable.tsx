import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { staffLabel } from '../contact/contact-labels.tsx';
import type { Report } from './contact-reports-api.ts';
import { ratingsText, ReportStatusTag } from './ReportParts.tsx';

/** Reports as a table: customer, author, meeting day, key points, state, the latest review; `actions` adds a last column. */
export function ReportTable({ items, label, empty, actions }: { items: Report[]; label: string; empty: string; actions: (report: Report) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<Report> = [
    {
      key: 'customer',
      title: t('contactReports.fields.customer'),
      render: (_, r) => <Link to={`/customers/${r.customer.id}`}>{`${r.customer.name}（${r.customer.customerNo}）`}</Link>,
    },
    { key: 'author', title: t('contactReports.fields.author'), render: (_, r) => staffLabel(r.author, t('common.none')) },
    { key: 'metOn', title: t('contactReports.fields.metOn'), render: (_, r) => formatDay(r.metOn, i18n.language) },
    { key: 'keyPoints', title: t('contactReports.fields.keyPoints'), render: (_, r) => <span style={{ whiteSpace: 'pre-wrap' }}>{r.keyPoints}</span> },
    { key: 'status', title: t('contactReports.fields.status'), render: (_, r) => <ReportStatusTag status={r.status} /> },
    {
      key: 'review',
      title: t('contactReports.fields.comment'),
      render: (_, r) => (r.review ? [ratingsText(t, r.review.ratings), r.review.comment].filter(Boolean).join(' — ') || t('common.none') : t('common.none')),
    },
    { key: 'updatedAt', title: t('contactReports.fields.updatedAt'), render: (_, r) => formatInstant(r.updatedAt, i18n.language) },
    { key: 'actions', title: t('contactReports.fields.actions'), render: (_, r) => actions(r) },
  ];
  return <Table<Report> aria-label={label} rowKey="id" columns={columns} dataSource={items} pagination={false} locale={{ emptyText: empty }} size="middle" />;
}
