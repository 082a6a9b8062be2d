import { Descriptions, Drawer, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDay, formatInstant } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { useImportRun } from './data-api.ts';
import type { ImportRunDetail, ImportRunError } from './data-types.ts';
import { ImportStatusTag } from './ImportRunsTable.tsx';
import { useServerPaging } from './server-paging.ts';

type RunFile = ImportRunDetail['files'][number];

/** The location of an error as the feed contract names it: file:line (line 0: the file as a whole). */
export function locationOf(error: Pick<ImportRunError, 'file' | 'line'>): string {
  return error.line > 0 ? `${error.file}:${error.line}` : error.file;
}

/** One import run: its files with their row counts, and its errors by file:line:field, paged on the server. */
export function ImportRunDrawer({ runId, onClose }: { runId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const { page, pageSize, setPage, pagination } = useServerPaging(20, [20, 50, 100]);
  const [file, setFile] = useState<string | undefined>(undefined);
  useEffect(() => {
    setPage(1);
    setFile(undefined);
  }, [runId]);
  const run = useImportRun(runId, { page, pageSize, file });

  const fileColumns: TableColumnsType<RunFile> = [
    { key: 'name', title: t('data.run.file'), dataIndex: 'name' },
    { key: 'kind', title: t('data.run.kind'), dataIndex: 'kind' },
    { key: 'action', title: t('data.run.action'), render: (_, entry) => t(`data.fileActions.${entry.action}`, { defaultValue: entry.action }) },
    { key: 'rows', title: t('data.run.rows'), align: 'right', render: (_, entry) => formatCount(entry.rows, language) },
  ];
  const errorColumns: TableColumnsType<ImportRunError> = [
    { key: 'location', title: t('data.run.location'), render: (_, error) => <Typography.Text code>{locationOf(error)}</Typography.Text> },
    { key: 'field', title: t('data.run.field'), dataIndex: 'field' },
    { key: 'message', title: t('data.run.message'), dataIndex: 'message' },
  ];

  const detail = run.data && run.data.id === runId ? run.data : undefined;
  return (
    <Drawer open={runId !== null} onClose={onClose} width={880} title={runId ? t('data.run.title', { id: runId }) : ''} destroyOnHidden>
      {run.isError ? (
        <PageError error={run.error} onRetry={() => void run.refetch()} />
      ) : !detail ? (
        <PageLoading />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('data.imports.status')}>
              <ImportStatusTag status={detail.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('data.imports.actor')}>{detail.actor}</Descriptions.Item>
            <Descriptions.Item label={t('data.imports.startedAt')}>{formatInstant(detail.startedAt, language)}</Descriptions.Item>
            <Descriptions.Item label={t('data.imports.finishedAt')}>{formatInstant(detail.finishedAt, language)}</Descriptions.Item>
            <Descriptions.Item label={t('data.run.sourceDir')} span={2}>
              <Typography.Text code>{detail.sourceDir}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('data.imports.daysClosed')} span={2}>
              {detail.daysClosed.length === 0 ? t('data.status.noDaysClosed') : detail.daysClosed.map((day) => formatDay(day, language)).join(t('data.status.listSeparator'))}
            </Descriptions.Item>
            {detail.applied && (
              <Descriptions.Item label={t('data.run.applied')} span={2}>
                {t('data.run.appliedCounts', {
                  customers: formatCount(detail.applied.customers, language),
                  accounts: formatCount(detail.applied.accounts, language),
                  maintainers: formatCount(detail.applied.maintainers, language),
                })}
                {detail.applied.maintainersKeptInApp > 0 && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t('data.run.keptInApp', { count: detail.applied.maintainersKeptInApp, formatted: formatCount(detail.applied.maintainersKeptInApp, language) })}
                  </Typography.Paragraph>
                )}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('data.imports.errors')} span={2}>
              {t('data.run.errorCounts', { found: formatCount(detail.errorCount, language), stored: formatCount(detail.errorsStored, language) })}
            </Descriptions.Item>
          </Descriptions>
          <Table<RunFile>
            rowKey="name"
            size="small"
            title={() => t('data.run.files')}
            columns={fileColumns}
            dataSource={detail.files}
            pagination={false}
            locale={{ emptyText: t('data.run.noFiles') }}
          />
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('data.run.errors')}
              </Typography.Title>
              {detail.errorFiles.length > 1 && (
                <Select
                  aria-label={t('data.run.fileFilter')}
                  placeholder={t('data.run.allFiles')}
                  allowClear
                  style={{ minWidth: 240 }}
                  value={file}
                  onChange={(value: string | undefined) => {
                    setFile(value);
                    setPage(1);
                  }}
                  options={detail.errorFiles.map((entry) => ({ value: entry.file, label: `${entry.file} (${formatCount(entry.errors, language)})` }))}
                />
              )}
            </Space>
            <Table<ImportRunError>
              rowKey={(error) => `${error.file}:${error.line}:${error.field}:${error.message}`}
              size="small"
              data-testid="import-run-errors"
              loading={run.isFetching}
              columns={errorColumns}
              dataSource={detail.errors.items}
              locale={{ emptyText: t('data.run.noErrors') }}
              pagination={pagination(detail.errors.total)}
            />
          </Space>
        </Space>
      )}
    </Drawer>
  );
}
