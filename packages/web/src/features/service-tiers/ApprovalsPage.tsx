import { Alert, Button, Form, Input, Modal, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { admissionEffectText, AdmissionTable } from './AdmissionTable.tsx';
import { useAdmissions, useDecideAdmission, type Admission, type AdmissionListKind } from './service-tiers-api.ts';

/** /approvals: special admission requests waiting for the caller's level (approve / reject with a comment), and the caller's history. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<{ admission: Admission; decision: 'APPROVE' | 'REJECT' } | undefined>();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('serviceTiers.approvals.title')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'inbox',
            label: t('serviceTiers.approvals.inbox'),
            children: (
              <AdmissionList
                kind="inbox"
                label={t('serviceTiers.approvals.inbox')}
                empty={t('serviceTiers.approvals.inboxEmpty')}
                actions={(admission) => (
                  <Space>
                    <Button autoInsertSpace={false} type="primary" size="small" onClick={() => setDeciding({ admission, decision: 'APPROVE' })}>
                      {t('serviceTiers.approvals.approve')}
                    </Button>
                    <Button autoInsertSpace={false} danger size="small" onClick={() => setDeciding({ admission, decision: 'REJECT' })}>
                      {t('serviceTiers.approvals.reject')}
                    </Button>
                  </Space>
                )}
              />
            ),
          },
          {
            key: 'decided',
            label: t('serviceTiers.approvals.decided'),
            children: <AdmissionList kind="decided" label={t('serviceTiers.approvals.decided')} empty={t('serviceTiers.approvals.decidedEmpty')} />,
          },
        ]}
      />
      {deciding && <DecisionDialog key={`${deciding.admission.id}-${deciding.decision}`} {...deciding} onClose={() => setDeciding(undefined)} />}
    </Space>
  );
}

function AdmissionList({ kind, label, empty, actions }: { kind: AdmissionListKind; label: string; empty: string; actions?: (admission: Admission) => React.ReactNode }) {
  const list = useAdmissions(kind);
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return <AdmissionTable items={list.data.items} label={label} empty={empty} {...(actions && { actions })} />;
}

function DecisionDialog({ admission, decision, onClose }: { admission: Admission; decision: 'APPROVE' | 'REJECT'; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideAdmission();
  const errorMessage = useErrorMessage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const approve = decision === 'APPROVE';
  const names = { customer: `${admission.customer.name}（${admission.customer.customerNo}）`, tier: t(`tiers.${admission.tier}`) };
  const confirm = () => {
    if (!approve && comment.trim() === '') {
      setMissing(true);
      return;
    }
    decide.mutate({ admissionId: admission.id, body: { decision, comment: comment.trim() } }, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={approve ? t('serviceTiers.approvals.approveTitle', names) : t('serviceTiers.approvals.rejectTitle', names)}
      onCancel={onClose}
      onOk={confirm}
      okText={approve ? t('serviceTiers.approvals.confirmApprove') : t('serviceTiers.approvals.confirmReject')}
      okButtonProps={{ danger: !approve, loading: decide.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
    >
      <Typography.Paragraph>{admission.reason}</Typography.Paragraph>
      {approve && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="decision-effect"
          message={admissionEffectText(admission, t)}
          description={t('serviceTiers.effect.note')}
        />
      )}
      <Form layout="vertical">
        <Form.Item label={t('serviceTiers.approvals.comment')} htmlFor="decision-comment" {...(missing && { validateStatus: 'error' as const, help: t('serviceTiers.approvals.commentRequired') })}>
          <Input.TextArea id="decision-comment" rows={3} maxLength={500} value={comment} onChange={(event) => setComment(event.target.value)} />
        </Form.Item>
      </Form>
      {decide.isError && <Alert type="error" showIcon role="alert" message={errorMessage(decide.error)} />}
    </Modal>
  );
}
