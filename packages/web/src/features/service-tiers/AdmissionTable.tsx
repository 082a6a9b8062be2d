import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { TierTag } from '../customers/TierTag.tsx';
import type { Admission } from './service-tiers-api.ts';

const STATE_COLORS: Record<Admission['state'], string> = {
  REQUESTED: 'blue',
  IN_REVIEW: 'processing',
  APPROVED: 'green',
  REJECTED: 'red',
  ACTIVE: 'success',
  EXPIRED: 'default',
};

export function AdmissionState({ state }: { state: Admission['state'] }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`serviceTiers.states.${state}`)}</Tag>;
}

/**
 * When the admission changes the service tier: from the next evaluation, never by re-running a
 * month already evaluated (the server's effectiveFromMonth). An open request says when it would
 * if fully approved today.
 */
export function admissionEffectText(admission: Pick<Admission, 'state' | 'effectiveFromMonth' | 'awaitingEvaluation'>, t: TFunction): string | null {
  const month = admission.effectiveFromMonth;
  if (admission.state === 'REJECTED') return null;
  if (admission.state === 'REQUESTED' || admission.state === 'IN_REVIEW') return month ? t('serviceTiers.effect.ifApprovedToday', { month }) : t('serviceTiers.effect.never');
  if (!month) return t('serviceTiers.effect.never');
  return admission.awaitingEvaluation ? t('serviceTiers.effect.pending', { month }) : t('serviceTiers.effect.since', { month });
}

/** Special admissions as a table: customer (a link to the 360), tiers, reason, state, the level awaited, period; `actions` adds a last column. */
export function AdmissionTable({ items, label, empty, actions }: { items: Admission[]; label: string; empty: string; actions?: (admission: Admission) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<Admission> = [
    {
      key: 'customer',
      title: t('serviceTiers.columns.customer'),
      render: (_, a) => (
        <Link to={`/customers/${a.customer.id}`}>
          {a.customer.name}（{a.customer.customerNo}）
        </Link>
      ),
    },
    { key: 'tier', title: t('serviceTiers.columns.tier'), render: (_, a) => <TierTag tier={a.tier} /> },
    { key: 'qualifiedTier', title: t('serviceTiers.columns.qualifiedTier'), render: (_, a) => <TierTag tier={a.qualifiedTier} /> },
    { key: 'reason', title: t('serviceTiers.columns.reason'), dataIndex: 'reason' },
    { key: 'state', title: t('serviceTiers.columns.state'), render: (_, a) => <AdmissionState state={a.state} /> },
    { key: 'waitingFor', title: t('serviceTiers.columns.waitingFor'), render: (_, a) => (a.waitingFor ? t(`roles.${a.waitingFor}`) : t('common.none')) },
    { key: 'requestedBy', title: t('serviceTiers.columns.requestedBy'), render: (_, a) => `${a.requestedBy.name}（${a.requestedBy.staffNo}）` },
    { key: 'requestedAt', title: t('serviceTiers.columns.requestedAt'), render: (_, a) => formatInstant(a.requestedAt, i18n.language) },
    {
      key: 'period',
      title: t('serviceTiers.columns.period'),
      render: (_, a) =>
        a.startsOn && a.endsOn
          ? t('serviceTiers.period', { start: formatDay(a.startsOn, i18n.language), end: formatDay(a.endsOn, i18n.language) })
          : t('serviceTiers.columns.months', { count: a.months }),
    },
    { key: 'effect', title: t('serviceTiers.columns.effect'), render: (_, a) => admissionEffectText(a, t) ?? t('common.none') },
  ];
  if (actions) columns.push({ key: 'actions', title: t('serviceTiers.columns.actions'), render: (_, a) => actions(a) });
  return (
    <Table<Admission>
      aria-label={label}
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: empty }}
      size="middle"
      expandable={{ rowExpandable: (a) => a.decisions.length > 0, expandedRowRender: (a) => <Decisions admission={a} /> }}
    />
  );
}

/** The steps decided so far: who, at which level, what, with which comment, when. */
function Decisions({ admission }: { admission: Admission }) {
  const { t, i18n } = useTranslation();
  return (
    <ol aria-label={t('serviceTiers.approvals.chain')} style={{ margin: 0 }}>
      {admission.decisions.map((d) => (
        <li key={d.step}>
          {t('serviceTiers.decision', {
            level: t(`roles.${d.level}`),
            who: `${d.decidedBy.name}（${d.decidedBy.staffNo}）`,
            decision: t(`serviceTiers.decisions.${d.decision}`),
            at: formatInstant(d.decidedAt, i18n.language),
          })}
          {d.comment ? `${i18n.language.startsWith('zh') ? '：' : ': '}${d.comment}` : ''}
        </li>
      ))}
    </ol>
  );
}
