import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatMonth } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError } from '../../shared/ui/PageState.tsx';
import { usePlan } from './contact-api.ts';
import { addDays, addMonths, monthEnd, monthStart, monthWeeks, todayInBank, weekDays, weekStart } from './contact-dates.ts';
import { ChannelTag, staffLabel } from './contact-labels.tsx';
import type { PlanItem } from './contact-types.ts';
import { OrgPicker } from './OrgPicker.tsx';
import { StaffPicker } from './StaffPicker.tsx';

type Mode = 'WEEK' | 'MONTH';
/** A day shows this many items until it is opened in full (an org's day can hold hundreds). */
const CELL_ITEMS: Record<Mode, number> = { WEEK: 12, MONTH: 3 };

/** Within a day: overdue first, then by priority, as Today ranks them. */
function byRank(a: PlanItem, b: PlanItem): number {
  return Number(b.overdue) - Number(a.overdue) || b.priority - a.priority;
}

/**
 * 联络计划: the plan items by due day, a week or a month at a time; overdue items stand out. Heads
 * (contact.review) choose an org of their subtree and a staff member of it, or see the whole org.
 */
export default function PlanCalendarPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const head = can(PERMISSIONS.contactReview);
  const [mode, setMode] = useState<Mode>('WEEK');
  const [anchor, setAnchor] = useState(() => todayInBank());
  const [orgId, setOrgId] = useState<number | undefined>();
  const [staffNo, setStaffNo] = useState<string | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const weeks = mode === 'WEEK' ? [weekDays(anchor)] : monthWeeks(anchor);
  const from = weeks[0]![0]!;
  const to = weeks.at(-1)!.at(-1)!;
  const plan = usePlan({ from, to, ...(staffNo !== undefined && { staffNo }), ...(staffNo === undefined && orgId !== undefined && { orgId: String(orgId) }) });
  const items = (plan.data?.items ?? []).filter((item) => !overdueOnly || item.overdue);
  const byDay = new Map<string, PlanItem[]>();
  for (const item of items) {
    const day = byDay.get(item.dueOn);
    if (day) day.push(item);
    else byDay.set(item.dueOn, [item]);
  }
  for (const day of byDay.values()) day.sort(byRank);
  const overdueCount = (plan.data?.items ?? []).filter((item) => item.overdue).length;
  const step = (direction: 1 | -1) => setAnchor(mode === 'WEEK' ? addDays(weekStart(anchor), 7 * direction) : addMonths(anchor, direction));
  const today = todayInBank();
  const title = mode === 'WEEK' ? t('contact.plan.weekOf', { from: formatDay(from, language), to: formatDay(to, language) }) : formatMonth(anchor.slice(0, 7), language);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('contact.plan.title')}</Typography.Title>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            options={[
              { value: 'WEEK', label: t('contact.plan.week') },
              { value: 'MONTH', label: t('contact.plan.month') },
            ]}
          />
          <Button icon={<LeftOutlined />} aria-label={t('contact.plan.previous')} onClick={() => step(-1)} />
          <Button autoInsertSpace={false} onClick={() => setAnchor(todayInBank())}>
            {t('contact.plan.today')}
          </Button>
          <Button icon={<RightOutlined />} aria-label={t('contact.plan.next')} onClick={() => step(1)} />
          <Typography.Text strong data-testid="plan-range">
            {title}
          </Typography.Text>
        </Space>
        {head && (
          <Form layout="inline">
            <Form.Item label={t('contact.org.label')} htmlFor="plan-org">
              <OrgPicker
                id="plan-org"
                value={orgId}
                onChange={(value) => {
                  setOrgId(value);
                  setStaffNo(undefined);
                }}
              />
            </Form.Item>
            <Form.Item label={t('contact.staff.label')} htmlFor="plan-staff">
              <StaffPicker id="plan-staff" orgId={orgId} allowAll value={staffNo} onChange={setStaffNo} />
            </Form.Item>
          </Form>
        )}
      </Space>
      <Space wrap>
        <Checkbox checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)}>
          {t('contact.plan.overdueOnly')}
        </Checkbox>
        {plan.data && (
          <Typography.Text type={overdueCount > 0 ? 'danger' : 'secondary'} data-testid="plan-overdue">
            {t('contact.plan.overdueCount', { count: overdueCount })}
          </Typography.Text>
        )}
      </Space>
      {plan.isError ? (
        <PageError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 8 } }} loading={plan.isPending}>
          <div role="grid" aria-label={title} aria-busy={plan.isFetching}>
            {weeks.map((week) => (
              <div role="row" key={week[0]} style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4, marginBottom: 4 }}>
                {week.map((day) => (
                  <DayCell
                    key={day}
                    day={day}
                    items={byDay.get(day) ?? []}
                    mode={mode}
                    isToday={day === today}
                    outside={mode === 'MONTH' && (day < monthStart(anchor) || day > monthEnd(anchor))}
                    showStaff={head}
                  />
                ))}
              </div>
            ))}
          </div>
        </Card>
      )}
      {plan.data && plan.data.items.length === 0 && <Alert type="info" showIcon message={t('contact.plan.empty')} />}
    </Space>
  );
}

function DayCell({ day, items, mode, isToday, outside, showStaff }: { day: string; items: PlanItem[]; mode: Mode; isToday: boolean; outside: boolean; showStaff: boolean }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, CELL_ITEMS[mode]);
  const label = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', { month: 'numeric', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <div
      role="gridcell"
      aria-label={formatDay(day, language)}
      style={{
        border: `1px solid ${isToday ? '#b8860b' : '#f0f0f0'}`,
        borderRadius: 6,
        padding: 6,
        minHeight: mode === 'WEEK' ? 220 : 96,
        background: outside ? '#fafafa' : undefined,
        opacity: outside ? 0.6 : 1,
      }}
    >
      <Typography.Text strong={isToday} type={outside ? 'secondary' : undefined} style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
        {shown.map((item) => (
          <li key={item.id} data-overdue={item.overdue} style={{ marginBottom: 4, padding: '2px 4px', borderLeft: `3px solid ${item.overdue ? '#cf1322' : '#d9d9d9'}`, background: item.overdue ? '#fff1f0' : undefined }}>
            <Tooltip title={item.reason.text}>
              <Link to={`/customers/${item.customer.id}`} style={{ fontSize: 12 }}>
                {item.customer.name}
              </Link>
            </Tooltip>
            {item.overdue && (
              <Tag color="red" style={{ marginLeft: 4, fontSize: 11 }}>
                {t('contact.plan.overdue')}
              </Tag>
            )}
            {mode === 'WEEK' && (
              <div style={{ fontSize: 12 }}>
                <ChannelTag channel={item.suggestedChannel} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.reason.text}
                </Typography.Text>
                {showStaff && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {staffLabel(item.staff, '')}
                    </Typography.Text>
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button type="link" size="small" style={{ padding: 0, fontSize: 12 }} onClick={() => setOpen(true)}>
          {t('contact.plan.more', { count: items.length - shown.length })}
        </Button>
      )}
    </div>
  );
}
