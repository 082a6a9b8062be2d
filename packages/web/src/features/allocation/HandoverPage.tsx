import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useBoard, useHandover } from './allocation-api.ts';
import { ProposalTable } from './ProposalTable.tsx';

/**
 * Handover (/allocation/handover): every customer of a staff member who leaves or moves — those
 * they maintain and those they support as wealth advisor — proposed to the others, applied in one batch.
 */
export default function HandoverPage() {
  const { t } = useTranslation();
  const board = useBoard(undefined);
  const handover = useHandover();
  const errorMessage = useErrorMessage();
  const [staffId, setStaffId] = useState<number | undefined>(undefined);
  if (board.isPending) return <PageLoading />;
  if (board.isError) return <PageError error={board.error} onRetry={() => void board.refetch()} />;
  const staff = board.data.staff;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('allocation.handoverTitle')}
      </Typography.Title>
      <Card>
        <Space wrap>
          <Select
            aria-label={t('allocation.leaver')}
            placeholder={t('allocation.leaver')}
            style={{ minWidth: 240 }}
            value={staffId}
            onChange={(value: number) => setStaffId(value)}
            options={staff.map((member) => ({ value: member.id, label: `${member.name}（${t(`roles.${member.role}`)}，${t('allocation.holdsAndSupports', { count: member.total, supported: member.supportedTotal })}）` }))}
          />
          <Button type="primary" disabled={staffId === undefined} loading={handover.isPending} onClick={() => staffId !== undefined && handover.mutate(staffId)}>
            {t('allocation.runHandover')}
          </Button>
        </Space>
      </Card>
      {handover.isError && <Alert type="error" showIcon message={errorMessage(handover.error)} />}
      {handover.data && (
        <Card title={t('allocation.handoverOf', { name: staff.find((member) => member.id === handover.variables)?.name ?? '' })}>
          <ProposalTable key={handover.submittedAt} proposal={handover.data} reason="HANDOVER" />
        </Card>
      )}
    </Space>
  );
}
