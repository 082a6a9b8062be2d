import { Alert, Button, Card, Form, Input, Progress, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatCount, formatInstant, formatMonth } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useDataStatus, useEvaluationRuns, usePolicyCodes, useStartEvaluation, useWatchedEvaluation } from './data-api.ts';
import type { EvaluationRun } from './data-types.ts';
import { useServerPaging } from './server-paging.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const STATUS_COLORS: Record<EvaluationRun['status'], string> = { RUNNING: 'processing', SUCCEEDED: 'green', FAILED: 'red' };

function EvaluationStatusTag({ status }: { status: EvaluationRun['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`data.evaluationStatuses.${status}`)}</Tag>;
}

/** Why a run failed, in the reader's language when the code is known; the server's words otherwise. */
function useFailureText() {
  const { t } = useTranslation();
  return (run: Pick<EvaluationRun, 'error' | 'errorCode'>) =>
    run.errorCode ? t(`data.failures.${run.errorCode}`, { defaultValue: run.error ?? run.errorCode }) : (run.error ?? '');
}

/** The run being watched: a progress bar while it runs, then its outcome. */
function WatchedRun({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const failureText = useFailureText();
  const watched = useWatchedEvaluation(runId);
  if (watched.isError) return <PageError error={watched.error} onRetry={() => void watched.refetch()} />;
  const run = watched.data;
  if (!run) return null;
  const percent = run.progress.total > 0 ? Math.round((run.progress.done / run.progress.total) * 100) : 0;
  const label = t('data.evaluation.progressLabel', { code: run.policy.code, month: formatMonth(run.month, language) });
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="evaluation-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <Typography.Text>{label}</Typography.Text>
        <Progress
          percent={percent}
          status={run.status === 'FAILED' ? 'exception' : run.status === 'SUCCEEDED' ? 'success' : 'active'}
          format={() => (run.status === 'RUNNING' ? t(`data.phases.${run.phase ?? 'start'}`) : t(`data.evaluationStatuses.${run.status}`))}
        />
      </div>
      {run.status === 'SUCCEEDED' && (
        <Alert
          type="success"
          showIcon
          message={t('data.evaluation.succeeded', { code: run.policy.code, version: run.policy.version, month: formatMonth(run.month, language) })}
          description={t('data.status.customers', { count: run.customers, formatted: formatCount(run.customers, language) })}
        />
      )}
      {run.status === 'FAILED' && <Alert type="error" showIcon message={t('data.evaluation.failed')} description={failureText(run)} />}
    </Space>
  );
}

interface StartValues {
  policyCode: string;
  month: string;
}

/** 月度评定: start an evaluation (policy code, month), watch its progress, and the runs so far. */
export function EvaluationPanel() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const allowed = can(PERMISSIONS.evaluationRun);
  const errorMessage = useErrorMessage();
  const failureText = useFailureText();
  const status = useDataStatus();
  const policies = usePolicyCodes(allowed);
  const start = useStartEvaluation();
  const [watching, setWatching] = useState<string | null>(null);
  const { page, pageSize, pagination } = useServerPaging(10);
  const runs = useEvaluationRuns(page, pageSize, allowed);
  const [form] = Form.useForm<StartValues>();

  // An evaluation already running (started by someone else, or before a reload) is watched too.
  const running = status.data?.runningEvaluation?.runId ?? null;
  useEffect(() => {
    if (running !== null && running !== watching) setWatching(running);
  }, [running, watching]);

  // The month to evaluate is most often the last closed day's: offered until the user types one.
  const lastMonth = status.data?.closedDays.last?.slice(0, 7);
  useEffect(() => {
    if (lastMonth && !form.isFieldTouched('month')) form.setFieldsValue({ month: lastMonth });
  }, [form, lastMonth]);
  // And the policy is most often the one in force.
  const inForce = status.data?.policyInForce;
  useEffect(() => {
    if (inForce && !form.isFieldTouched('policyCode')) form.setFieldsValue({ policyCode: inForce });
  }, [form, inForce]);

  if (!allowed) return null;

  const columns: TableColumnsType<EvaluationRun> = [
    { key: 'month', title: t('data.evaluation.month'), render: (_, run) => formatMonth(run.month, language) },
    { key: 'policy', title: t('data.evaluation.policy'), render: (_, run) => `${run.policy.code} v${run.policy.version}` },
    { key: 'status', title: t('data.evaluation.status'), render: (_, run) => <EvaluationStatusTag status={run.status} /> },
    { key: 'actor', title: t('data.evaluation.actor'), dataIndex: 'actor' },
    { key: 'startedAt', title: t('data.imports.startedAt'), render: (_, run) => formatInstant(run.startedAt, language) },
    { key: 'finishedAt', title: t('data.imports.finishedAt'), render: (_, run) => formatInstant(run.finishedAt, language) },
    { key: 'customers', title: t('data.evaluation.customers'), align: 'right', render: (_, run) => formatCount(run.customers, language) },
    { key: 'error', title: t('data.evaluation.error'), render: (_, run) => (run.status === 'FAILED' ? failureText(run) : '') },
  ];

  const submit = (values: StartValues) => {
    start.mutate(
      { policyCode: values.policyCode, month: values.month.trim() },
      { onSuccess: (run) => setWatching(run.id) },
    );
  };

  return (
    <Card title={t('data.evaluation.title')}>
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Form<StartValues>
          form={form}
          layout="inline"
          onFinish={submit}
          aria-label={t('data.evaluation.formLabel')}
        >
          <Form.Item name="policyCode" label={t('data.evaluation.policy')} rules={[{ required: true, message: t('data.evaluation.policyRequired') }]}>
            <Select
              style={{ minWidth: 220 }}
              loading={policies.isPending}
              options={(policies.data ?? [])
                .filter((policy) => policy.activeVersion !== null)
                .map((policy) => ({ value: policy.code, label: `${policy.policy.name}（${policy.code} v${policy.activeVersion}）` }))}
            />
          </Form.Item>
          <Form.Item
            name="month"
            label={t('data.evaluation.month')}
            rules={[
              { required: true, message: t('data.evaluation.monthInvalid') },
              { pattern: MONTH, message: t('data.evaluation.monthInvalid') },
            ]}
          >
            <Input placeholder="YYYY-MM" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={start.isPending}>
              {t('data.evaluation.start')}
            </Button>
          </Form.Item>
        </Form>
        {start.isError && <Alert type="error" showIcon message={errorMessage(start.error)} />}
        {watching !== null && <WatchedRun runId={watching} />}
        <Table<EvaluationRun>
          rowKey="id"
          size="small"
          title={() => t('data.evaluation.history')}
          data-testid="evaluation-runs"
          loading={runs.isFetching}
          columns={columns}
          dataSource={runs.data?.runs ?? []}
          locale={{ emptyText: t('data.evaluation.empty') }}
          scroll={{ x: true }}
          pagination={pagination(runs.data?.total)}
        />
      </Space>
    </Card>
  );
}
