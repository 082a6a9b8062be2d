import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataStatusHeader } from './DataStatusHeader.tsx';
import { EvaluationPanel } from './EvaluationPanel.tsx';
import { ImportRunsTable } from './ImportRunsTable.tsx';

/**
 * 数据管理 (head office, import-run.read): is the data complete and current — the last import, the
 * last closed day, the latest evaluations, the gaps — the import runs with their errors, and, for
 * those who may, starting a monthly evaluation and watching it to the end.
 */
export default function DataPage() {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('data.title')}
      </Typography.Title>
      <DataStatusHeader />
      <EvaluationPanel />
      <ImportRunsTable />
    </Space>
  );
}
