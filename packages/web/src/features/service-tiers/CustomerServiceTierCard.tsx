import { Alert, Button, Card, Form, Input, List, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatMonth } from '../../shared/format/dates.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { admissionEffectText, AdmissionState } from './AdmissionTable.tsx';
import { useRecordAgreement, useServiceTierCard, type AgreementBody } from './service-tiers-api.ts';

/**
 * The customer 360's service tier card (issue 6): consent on file (a signed VIP service
 * agreement) or the action to record it for a qualified-not-upgraded customer; the special
 * admission in force and its end; open tasks such as a card exchange after a downgrade.
 */
export function CustomerServiceTierCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const card = useServiceTierCard(customerId);
  const [recording, setRecording] = useState(false);
  const language = i18n.language;
  const tierName = (tier: string) => t(`tiers.${tier}`);
  return (
    <Card title={<h3 style={{ margin: 0 }}>{t('serviceTiers.card.title')}</h3>} aria-label={t('serviceTiers.card.title')} role="region">
      {card.isPending ? (
        <PageLoading />
      ) : card.isError ? (
        <PageError error={card.error} onRetry={() => void card.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {!card.data.evaluation && <Typography.Text type="secondary">{t('serviceTiers.card.notEvaluated')}</Typography.Text>}
          {card.data.qualifiedNotUpgraded && card.data.evaluation && (
            <Alert type="warning" showIcon message={t('serviceTiers.card.qualifiedNotUpgraded', { tier: tierName(card.data.evaluation.qualifiedTier) })} />
          )}
          {card.data.agreements[0] ? (
            <Typography.Text data-testid="agreement-on-file">
              {t('serviceTiers.card.agreementOnFile', {
                date: formatDay(card.data.agreements[0].signedOn, language),
                version: card.data.agreements[0].agreementVersion,
                witness: `${card.data.agreements[0].witness.name}（${card.data.agreements[0].witness.staffNo}）`,
              })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('serviceTiers.card.noAgreement')}</Typography.Text>
          )}
          {card.data.pendingUpgrade && (
            <Alert type="info" showIcon message={t('serviceTiers.card.pendingUpgrade', { tier: tierName(card.data.pendingUpgrade.tier), month: formatMonth(card.data.pendingUpgrade.atEvaluationOf, language) })} />
          )}
          {card.data.qualifiedNotUpgraded && !card.data.pendingUpgrade && can(PERMISSIONS.serviceAgreementWrite) && (
            <Button autoInsertSpace={false} type="primary" onClick={() => setRecording(true)}>
              {t('serviceTiers.card.recordConsent')}
            </Button>
          )}
          {card.data.activeAdmission && (
            <Typography.Text data-testid="active-admission">
              {t('serviceTiers.card.activeAdmission', {
                tier: tierName(card.data.activeAdmission.tier),
                start: formatDay(card.data.activeAdmission.startsOn, language),
                end: formatDay(card.data.activeAdmission.endsOn, language),
              })}
              {` · ${admissionEffectText(card.data.activeAdmission, t) ?? ''}`}
            </Typography.Text>
          )}
          {card.data.admissions
            .filter((a) => a.state === 'REQUESTED' || a.state === 'IN_REVIEW')
            .map((a) => (
              <Typography.Text key={a.id}>
                {t('serviceTiers.card.openAdmission', { tier: tierName(a.tier), state: '' })}
                <AdmissionState state={a.state} />
                {admissionEffectText(a, t)}
              </Typography.Text>
            ))}
          {card.data.openTasks.length > 0 && (
            <List
              size="small"
              dataSource={card.data.openTasks}
              renderItem={(task) => (
                <List.Item>{t('serviceTiers.card.task', { from: tierName(task.fromTier), to: tierName(task.toTier), month: formatMonth(task.month, language) })}</List.Item>
              )}
            />
          )}
        </Space>
      )}
      {recording && <ConsentDialog customerId={customerId} onClose={() => setRecording(false)} />}
    </Card>
  );
}

function todayInBank(): string {
  // The bank's calendar day (Asia/Shanghai), as the server checks it.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function ConsentDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordAgreement(customerId);
  const errorMessage = useErrorMessage();
  const [signedOn, setSignedOn] = useState(todayInBank());
  const [version, setVersion] = useState('');
  const [witness, setWitness] = useState('');
  const save = () => {
    const body: AgreementBody = { signedOn, agreementVersion: version.trim(), ...(witness.trim() !== '' && { witnessStaffNo: witness.trim() }) };
    record.mutate(body, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t('serviceTiers.card.recordConsent')}
      onCancel={onClose}
      onOk={save}
      okText={t('serviceTiers.card.save')}
      okButtonProps={{ disabled: signedOn === '' || version.trim() === '', loading: record.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
    >
      <Form layout="vertical">
        <Form.Item label={t('serviceTiers.card.signedOn')} htmlFor="agreement-signed-on">
          <Input id="agreement-signed-on" type="date" value={signedOn} max={todayInBank()} onChange={(event) => setSignedOn(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('serviceTiers.card.agreementVersion')} htmlFor="agreement-version">
          <Input id="agreement-version" maxLength={40} value={version} onChange={(event) => setVersion(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('serviceTiers.card.witness')} htmlFor="agreement-witness">
          <Input id="agreement-witness" maxLength={32} value={witness} onChange={(event) => setWitness(event.target.value)} />
        </Form.Item>
      </Form>
      {record.isError && <Alert type="error" showIcon role="alert" message={errorMessage(record.error)} />}
    </Modal>
  );
}
