import { Button, Card, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatInstant } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { PageError } from '../../shared/ui/PageState.tsx';
import { useImportRuns } from './data-api.ts';
import type { ImportRun } from './data-types.ts';
import { ImportRunDrawer } from './ImportRunDrawer.tsx';
import { useServerPaging } from './server-paging.ts';

const STATUS_COLORS: Record<ImportRun['status'], string> = { APPLIED: 'green', REJECTED: 'red', NOTHING_TO_DO: 'default' };

export function ImportStatusTag({ status }: { status: ImportRun['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`data.importStatuses.${status}`)}</Tag>;
}

/** Rows read, over every file the run read. */
export function rowsRead(run: Pick<ImportRun, 'rowCounts'>): number {
  return Object.values(run.rowCounts).reduce((sum, rows) => sum + rows, 0);
}

/** 导入批次: every import run, newest first, paged on the server; a run opens in a drawer. */
export function ImportRunsTable() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const { page, pageSize, pagination } = useServerPaging(20);
  const [openRun, setOpenRun] = useState<string | null>(null);
  const runs = useImportRuns(page, pageSize);

  const columns: TableColumnsType<ImportRun> = [
    { key: 'id', title: t('data.imports.id'), dataIndex: 'id', width: 80 },
    { key: 'status', title: t('data.imports.status'), render: (_, run) => <ImportStatusTag status={run.status} /> },
    { key: 'startedAt', title: t('data.imports.startedAt'), render: (_, run) => formatInstant(run.startedAt, language) },
    { key: 'finishedAt', title: t('data.imports.finishedAt'), render: (_, run) => formatInstant(run.finishedAt, language) },
    { key: 'actor', title: t('data.imports.actor'), dataIndex: 'actor' },
    { key: 'files', title: t('data.imports.files'), align: 'right', render: (_, run) => formatCount(run.files.length, language) },
    { key: 'rows', title: t('data.imports.rows'), align: 'right', render: (_, run) => formatCount(rowsRead(run), language) },
    { key: 'daysClosed', title: t('data.imports.daysClosed'), align: 'right', render: (_, run) => formatCount(run.daysClosed.length, language) },
    {
      key: 'errors',
      title: t('data.imports.errors'),
      align: 'right',
      render: (_, run) => (run.errorCount > 0 ? <Tag color="red">{formatCount(run.errorCount, language)}</Tag> : formatCount(0, language)),
    },
    {
      key: 'open',
      title: t('data.imports.details'),
      render: (_, run) => (
        <Button type="link" onClick={() => setOpenRun(run.id)} aria-label={t('data.imports.openRun', { id: run.id })}>
          {t('data.imports.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('data.imports.title')}>
      {runs.isError ? (
        <PageError error={runs.error} onRetry={() => void runs.refetch()} />
      ) : (
        <Table<ImportRun>
          rowKey="id"
          size="small"
          data-testid="import-runs"
          loading={runs.isFetching}
          columns={columns}
          dataSource={runs.data?.runs ?? []}
          locale={{ emptyText: t('data.imports.empty') }}
          scroll={{ x: true }}
          pagination={pagination(runs.data?.total)}
        />
      )}
      <ImportRunDrawer runId={openRun} onClose={() => setOpenRun(null)} />
    </Card>
  );
}
