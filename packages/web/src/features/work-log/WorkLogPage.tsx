import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatInstant } from '../../shared/format/dates.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { ChannelTag, staffLabel } from '../contact/contact-labels.tsx';
import { todayInBank } from '../contact/contact-dates.ts';
import { entriesToText, textToEntries, useSaveWorkLogDay, useWorkLogDay, WORK_LOG_SECTIONS, type WorkLogDay, type WorkLogSection } from './work-log-api.ts';

type Visit = WorkLogDay['visits'][number];

/**
 * /work-log?date=…[&staffNo=…]: a day of the work log — morning meeting, sales, suggestions and
 * memos written by the staff member, the day's contacts filled in from the contact records. A head
 * opens a team member's day read only (staffNo).
 */
export default function WorkLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayInBank();
  const staffNo = params.get('staffNo') ?? undefined;
  const day = useWorkLogDay(date, staffNo);
  const choose = (next: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next)) return;
    const search = new URLSearchParams(params);
    search.set('date', next);
    setParams(search, { replace: true });
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {day.data && staffNo ? t('workLog.of', { who: staffLabel(day.data.staff, '') }) : t('workLog.title')}
        </Typography.Title>
        <Space>
          <label htmlFor="work-log-date">{t('workLog.date')}</label>
          <Input id="work-log-date" type="date" value={date} onChange={(event) => choose(event.target.value)} style={{ width: 170 }} />
        </Space>
      </div>
      {day.isPending ? (
        <PageLoading />
      ) : day.isError ? (
        <PageError error={day.error} onRetry={() => void day.refetch()} />
      ) : (
        <>
          {day.data.saved ? (
            <Typography.Text type="secondary">{t('workLog.lastSaved', { at: formatInstant(day.data.updatedAt, i18n.language) })}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('workLog.notSaved')}</Typography.Text>
          )}
          <DayEditor key={`${day.data.staff.staffNo}-${day.data.date}-${day.data.updatedAt ?? ''}`} day={day.data} viewingOther={staffNo !== undefined} />
          <Card title={<h3 style={{ margin: 0 }}>{t('workLog.visits')}</h3>}>
            <Visits visits={day.data.visits} editable={day.data.editable} />
          </Card>
        </>
      )}
    </Space>
  );
}

function DayEditor({ day, viewingOther }: { day: WorkLogDay; viewingOther: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveWorkLogDay();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState(() => entriesToText(day.entries));
  const editable = day.editable;
  const section = (name: WorkLogSection) => (
    <Col xs={24} md={12} key={name}>
      <Form.Item label={t(`workLog.sections.${name}`)} htmlFor={`work-log-${name}`} extra={editable ? t('workLog.onePerLine') : undefined}>
        <Input.TextArea
          id={`work-log-${name}`}
          rows={4}
          value={text[name]}
          readOnly={!editable}
          onChange={(event) => setText((previous) => ({ ...previous, [name]: event.target.value }))}
        />
      </Form.Item>
    </Col>
  );
  return (
    <Card>
      {!editable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={viewingOther ? t('workLog.readOnly', { who: staffLabel(day.staff, '') }) : t('workLog.futureDay')}
        />
      ) : null}
      <Form layout="vertical">
        <Row gutter={16}>{WORK_LOG_SECTIONS.map(section)}</Row>
        {editable ? (
          <Button
            autoInsertSpace={false}
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate({ date: day.date, entries: textToEntries(text) }, { onSuccess: () => void message.success(t('workLog.saved')) })}
          >
            {t('workLog.save')}
          </Button>
        ) : null}
      </Form>
      {save.isError && <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" message={errorMessage(save.error)} />}
    </Card>
  );
}

function Visits({ visits, editable }: { visits: Visit[]; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<Visit> = [
    { key: 'time', title: t('workLog.visitColumns.time'), render: (_, v) => formatInstant(v.occurredAt, i18n.language) },
    { key: 'customer', title: t('workLog.visitColumns.customer'), render: (_, v) => <Link to={`/customers/${v.customer.id}`}>{`${v.customer.name}（${v.customer.customerNo}）`}</Link> },
    { key: 'channel', title: t('workLog.visitColumns.channel'), render: (_, v) => <ChannelTag channel={v.channel} /> },
    { key: 'purpose', title: t('workLog.visitColumns.purpose'), render: (_, v) => t(`contact.purposes.${v.purpose}`, { defaultValue: v.purpose }) },
    { key: 'outcome', title: t('workLog.visitColumns.outcome'), render: (_, v) => t(`contact.outcomes.${v.outcome}`, { defaultValue: v.outcome }) },
    { key: 'notes', title: t('workLog.visitColumns.notes'), render: (_, v) => [v.notes, v.nextStep].filter(Boolean).join(' → ') || t('common.none') },
  ];
  // A meeting worth reporting on: the report editor opens with the customer and this contact.
  if (editable) {
    columns.push({
      key: 'report',
      title: t('workLog.visitColumns.report'),
      render: (_, v) => <Link to={`/contact-reports/new?customerId=${v.customer.id}&contactRecordId=${v.recordId}`}>{t('contactReports.editor.writeReport')}</Link>,
    });
  }
  return <Table<Visit> aria-label={t('workLog.visits')} rowKey="recordId" columns={columns} dataSource={visits} pagination={false} locale={{ emptyText: t('workLog.visitsEmpty') }} size="small" />;
}
