import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatInstant } from '../../shared/format/dates.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useContactRecords } from '../contact/contact-api.ts';
import { todayInBank } from '../contact/contact-dates.ts';
import { useCustomerFile } from '../customers/customers-api.ts';
import { useCreateReport, useReport, useSubmitReport, useUpdateReport, type Report } from './contact-reports-api.ts';
import { ratingsText, ReportContent, ReportHistory, ReportStatusTag } from './ReportParts.tsx';

interface ReportValues {
  metOn: string;
  contactRecordId: string | null;
  keyPoints: string;
  needs: string;
  nextActions: string;
}
const REQUIRED = ['keyPoints', 'needs', 'nextActions'] as const;
type Required = (typeof REQUIRED)[number];

/**
 * /contact-reports/new?customerId=…[&contactRecordId=…] (opened from a customer) and
 * /contact-reports/:reportId: the author writes, saves and submits; anyone else, or the author
 * once submitted, reads the report with its review and history.
 */
export default function ReportEditorPage() {
  const { reportId } = useParams();
  const [search] = useSearchParams();
  if (reportId !== undefined) return <ExistingReport reportId={reportId} />;
  const customerId = search.get('customerId');
  return customerId ? <NewReport customerId={customerId} contactRecordId={search.get('contactRecordId')} /> : <NoCustomer />;
}

function NoCustomer() {
  const { t } = useTranslation();
  return <Alert type="info" showIcon message={t('contactReports.editor.noCustomer')} action={<Link to="/customers">{t('menu.customers')}</Link>} />;
}

function NewReport({ customerId, contactRecordId }: { customerId: string; contactRecordId: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const customer = useCustomerFile(customerId);
  const create = useCreateReport();
  const submit = useSubmitReport();
  const errorMessage = useErrorMessage();
  if (customer.isPending) return <PageLoading />;
  if (customer.isError) return <PageError error={customer.error} onRetry={() => void customer.refetch()} />;
  const save = (values: ReportValues, thenSubmit: boolean) =>
    create.mutate(
      { customerId, ...values },
      {
        onSuccess: (report) => {
          const open = () => navigate(`/contact-reports/${report.id}`, { replace: true });
          if (!thenSubmit) {
            void message.success(t('contactReports.editor.saved'));
            return open();
          }
          // The draft exists either way: a refused submission leaves the author on the saved draft.
          submit.mutate({ reportId: report.id, version: report.version }, { onSuccess: () => void message.success(t('contactReports.editor.submitted')), onSettled: open });
        },
      },
    );
  const error = create.error ?? submit.error;
  return (
    <EditorFrame title={t('contactReports.editor.newTitle')} customer={`${customer.data.name}（${customer.data.customerNo}）`}>
      <ReportForm
        customerId={customerId}
        initial={{ metOn: todayInBank(), contactRecordId, keyPoints: '', needs: '', nextActions: '' }}
        busy={create.isPending || submit.isPending}
        onSave={(values) => save(values, false)}
        onSubmit={(values) => save(values, true)}
      />
      {error ? <Alert type="error" showIcon role="alert" message={errorMessage(error)} /> : null}
    </EditorFrame>
  );
}

function ExistingReport({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReport(reportId);
  const update = useUpdateReport();
  const submit = useSubmitReport();
  const errorMessage = useErrorMessage();
  if (report.isPending) return <PageLoading />;
  if (report.isError) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
  const current = report.data;
  const save = (values: ReportValues, thenSubmit: boolean) =>
    update.mutate(
      { reportId, body: { version: current.version, ...values } },
      {
        onSuccess: (saved) => {
          if (!thenSubmit) return void message.success(t('contactReports.editor.saved'));
          submit.mutate({ reportId, version: saved.version }, { onSuccess: () => void message.success(t('contactReports.editor.submitted')) });
        },
      },
    );
  const error = update.error ?? submit.error;
  return (
    <EditorFrame title={t('contactReports.editor.title')} customer={`${current.customer.name}（${current.customer.customerNo}）`} status={current}>
      <ReviewNotice report={current} />
      {current.actions.includes('EDIT') ? (
        <ReportForm
          key={current.version}
          customerId={current.customer.id}
          initial={{ metOn: current.metOn, contactRecordId: current.contactRecord?.id ?? null, keyPoints: current.keyPoints, needs: current.needs, nextActions: current.nextActions }}
          busy={update.isPending || submit.isPending}
          onSave={(values) => save(values, false)}
          onSubmit={(values) => save(values, true)}
        />
      ) : (
        <ReportContent report={current} />
      )}
      {error ? <Alert type="error" showIcon role="alert" message={errorMessage(error)} /> : null}
      <ReportHistory report={current} />
    </EditorFrame>
  );
}

function EditorFrame({ title, customer, status, children }: { title: string; customer: string; status?: Report; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Space align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {status ? <ReportStatusTag status={status.status} /> : null}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('contactReports.fields.customer')}：{customer}
          <br />
          {t('contactReports.editor.intro')}
        </Typography.Paragraph>
      </div>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {children}
        </Space>
      </Card>
    </Space>
  );
}

/** The head's latest word on the report: why it came back, or the ratings it was approved with. */
function ReviewNotice({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  if (!report.review) return null;
  const who = `${report.review.reviewer.name}（${report.review.reviewer.staffNo}）`;
  const at = formatInstant(report.review.reviewedAt, i18n.language);
  if (report.review.decision === 'RETURNED') {
    return <Alert type="warning" showIcon message={t('contactReports.editor.returned')} description={t('contactReports.editor.returnedBy', { who, at, comment: report.review.comment })} />;
  }
  return (
    <Alert
      type="success"
      showIcon
      message={t('contactReports.editor.reviewedBy', { who, at })}
      description={[ratingsText(t, report.review.ratings), report.review.comment].filter(Boolean).join(' — ')}
    />
  );
}

function ReportForm({
  customerId,
  initial,
  busy,
  onSave,
  onSubmit,
}: {
  customerId: string;
  initial: ReportValues;
  busy: boolean;
  onSave: (values: ReportValues) => void;
  onSubmit: (values: ReportValues) => void;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Required[]>([]);
  const records = useContactRecords(customerId, can(PERMISSIONS.contactRead));
  const set = (field: keyof ReportValues) => (value: string | null) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setMissing((previous) => previous.filter((name) => name !== field));
  };
  const submit = () => {
    const empty = REQUIRED.filter((field) => values[field].trim() === '');
    setMissing(empty);
    if (empty.length === 0) onSubmit(values);
  };
  const recordOptions = [
    { value: '', label: t('contactReports.fields.noRecord') },
    ...(records.data?.items ?? []).map((record) => ({
      value: record.id,
      label: t('contactReports.editor.recordOption', { at: formatInstant(record.occurredAt, i18n.language), channel: t(`contact.channels.${record.channel}`) }),
    })),
  ];
  // A record named in the link that the list does not (yet) hold still shows as chosen.
  if (values.contactRecordId && !recordOptions.some((option) => option.value === values.contactRecordId)) {
    recordOptions.push({ value: values.contactRecordId, label: `#${values.contactRecordId}` });
  }
  const area = (field: Required, rows: number) => (
    <Form.Item
      label={t(`contactReports.fields.${field}`)}
      htmlFor={`report-${field}`}
      required
      {...(missing.includes(field) && { validateStatus: 'error' as const, help: t('contactReports.editor.required') })}
    >
      <Input.TextArea id={`report-${field}`} rows={rows} maxLength={4000} value={values[field]} onChange={(event) => set(field)(event.target.value)} />
    </Form.Item>
  );
  return (
    <Form layout="vertical" style={{ maxWidth: 820 }}>
      <Space wrap size="large">
        <Form.Item label={t('contactReports.fields.metOn')} htmlFor="report-metOn">
          <Input id="report-metOn" type="date" max={todayInBank()} value={values.metOn} onChange={(event) => set('metOn')(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('contactReports.fields.contactRecord')} htmlFor="report-contactRecord">
          <Select
            id="report-contactRecord"
            style={{ minWidth: 260 }}
            options={recordOptions}
            value={values.contactRecordId ?? ''}
            loading={records.isPending && can(PERMISSIONS.contactRead)}
            onChange={(value: string) => set('contactRecordId')(value === '' ? null : value)}
          />
        </Form.Item>
      </Space>
      {area('keyPoints', 4)}
      {area('needs', 3)}
      {area('nextActions', 3)}
      <Space>
        <Button autoInsertSpace={false} onClick={() => onSave(values)} loading={busy}>
          {t('contactReports.editor.saveDraft')}
        </Button>
        <Button autoInsertSpace={false} type="primary" onClick={submit} loading={busy}>
          {t('contactReports.editor.submit')}
        </Button>
      </Space>
    </Form>
  );
}
