import { Button, Card, Col, Input, Row, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDay } from '../../shared/format/dates.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { staffLabel } from '../contact/contact-labels.tsx';
import { addDays, todayInBank, weekStart } from '../contact/contact-dates.ts';
import { useWorkLogWeek, type WorkLogWeek } from './work-log-api.ts';

type StaffWeek = WorkLogWeek['staff'][number];

/** Channels with at least one contact, as "电话 3 · 网点面谈 1". */
function channelSummary(byChannel: StaffWeek['byChannel'], t: (key: string) => string): string {
  return (
    Object.entries(byChannel)
      .filter(([, count]) => count > 0)
      .map(([channel, count]) => `${t(`contact.channels.${channel}`)} ${count}`)
      .join(' · ') || t('common.none')
  );
}

/**
 * /work-log/week?weekOf=…: the week (Monday to Sunday) in figures — for a head every staff member
 * of their org, for anyone else their own: log entries and contacts per day, contacts by channel,
 * customers contacted. A staff member's name opens their day.
 */
export default function WorkLogWeekPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const monday = weekStart(params.get('weekOf') ?? todayInBank());
  const week = useWorkLogWeek(monday, params.get('staffNo') ?? undefined);
  const go = (day: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const search = new URLSearchParams(params);
    search.set('weekOf', weekStart(day));
    setParams(search, { replace: true });
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('workLog.teamTitle')}
        </Typography.Title>
        <Space wrap>
          <Button autoInsertSpace={false} onClick={() => go(addDays(monday, -7))}>
            {t('workLog.week.previous')}
          </Button>
          <label htmlFor="work-log-week">{t('workLog.week.of')}</label>
          <Input id="work-log-week" type="date" value={monday} onChange={(event) => go(event.target.value)} style={{ width: 170 }} />
          <Button autoInsertSpace={false} onClick={() => go(addDays(monday, 7))}>
            {t('workLog.week.next')}
          </Button>
        </Space>
      </div>
      <Typography.Text type="secondary">
        {t('workLog.week.range', { start: formatDay(monday, i18n.language), end: formatDay(addDays(monday, 6), i18n.language) })}
      </Typography.Text>
      {week.isPending ? <PageLoading /> : week.isError ? <PageError error={week.error} onRetry={() => void week.refetch()} /> : <WeekView week={week.data} />}
    </Space>
  );
}

function WeekView({ week }: { week: WorkLogWeek }) {
  const { t, i18n } = useTranslation();
  const days = week.staff[0]?.days.map((d) => d.date) ?? [];
  const columns: ColumnsType<StaffWeek> = [
    {
      key: 'staff',
      title: t('workLog.staff'),
      fixed: 'left',
      render: (_, s) => <Link to={`/work-log?date=${week.week.start}&staffNo=${encodeURIComponent(s.staff.staffNo)}`}>{staffLabel(s.staff, '')}</Link>,
    },
    ...days.map((date, index) => ({
      key: date,
      title: formatDay(date, i18n.language),
      render: (_: unknown, s: StaffWeek) => {
        const day = s.days[index]!;
        return (
          <Link to={`/work-log?date=${date}&staffNo=${encodeURIComponent(s.staff.staffNo)}`} style={{ fontWeight: day.saved ? 600 : 400 }}>
            {t('workLog.week.cell', { entries: day.entries, contacts: day.contacts })}
          </Link>
        );
      },
    })),
    { key: 'daysLogged', title: t('workLog.week.daysLogged'), dataIndex: 'daysLogged' },
    { key: 'contacts', title: t('workLog.week.contacts'), dataIndex: 'contacts' },
    { key: 'customers', title: t('workLog.week.customers'), dataIndex: 'customers' },
    { key: 'byChannel', title: t('workLog.week.byChannel'), render: (_, s) => channelSummary(s.byChannel, t) },
  ];
  return (
    <>
      <Row gutter={[16, 16]}>
        {(['contacts', 'customers', 'entries', 'daysLogged'] as const).map((name) => (
          <Col xs={12} md={6} key={name}>
            <Card>
              <Statistic title={t(`workLog.week.${name}`)} value={week.totals[name]} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={<h3 style={{ margin: 0 }}>{t('workLog.week.label')}</h3>} extra={channelSummary(week.totals.byChannel, t)}>
        <Table<StaffWeek>
          aria-label={t('workLog.week.label')}
          rowKey={(s) => s.staff.staffNo}
          columns={columns}
          dataSource={week.staff}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('workLog.week.empty') }}
          size="small"
        />
      </Card>
    </>
  );
}
