import { Alert, App, Button, Card, Descriptions, Modal, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatInstant } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { VersionStatusTag } from './policy-parts.tsx';
import { useActivate, usePolicyVersions } from './policies-api.ts';
import type { PolicyVersion } from './policy-types.ts';

/** One version in full: its thresholds and rules. */
function VersionDetails({ version }: { version: PolicyVersion }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('policies.page.versionTitle', { version: version.version })} extra={<VersionStatusTag status={version.status} />}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('policies.editor.name')}>{version.name}</Descriptions.Item>
        <Descriptions.Item label={t('policies.editor.metric')}>{t(`metrics.${version.metric}`)}</Descriptions.Item>
        <Descriptions.Item label={t('policies.editor.graceMonths')}>{version.graceMonths}</Descriptions.Item>
        <Descriptions.Item label={t('policies.editor.autoUpgrade')}>{version.autoUpgrade ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('policies.editor.gapHandling')}>{t(`policies.gaps.${version.gapHandling}`)}</Descriptions.Item>
        <Descriptions.Item label={t('policies.page.created')}>
          {t('policies.page.byAt', { by: version.createdBy, at: formatInstant(version.createdAt, i18n.language) })}
        </Descriptions.Item>
        {version.activatedAt && (
          <Descriptions.Item label={t('policies.page.activated')}>
            {t('policies.page.byAt', { by: version.activatedBy ?? '—', at: formatInstant(version.activatedAt, i18n.language) })}
          </Descriptions.Item>
        )}
        {version.description && <Descriptions.Item label={t('policies.editor.description')}>{version.description}</Descriptions.Item>}
      </Descriptions>
      <Table
        size="small"
        rowKey="tier"
        pagination={false}
        aria-label={t('policies.page.thresholds', { version: version.version })}
        dataSource={version.tiers}
        columns={[
          { key: 'tier', title: t('policies.editor.tier'), render: (_, row) => t(`tiers.${row.tier}`) },
          { key: 'threshold', title: t('policies.page.from'), align: 'right', render: (_, row) => formatMoney(row.threshold) },
          { key: 'approver', title: t('policies.editor.approver'), render: (_, row) => t(`policies.approvers.${row.specialAdmissionApprover}`) },
        ]}
      />
    </Card>
  );
}

/**
 * /policies/:code: the versions of a tier policy (active, drafts, retired; who stored and who
 * activated each), one version in full, and for head office a new version as a draft, activation
 * with a confirmation, and a link to simulate a version before activating it.
 */
export default function PolicyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const mayWrite = can(PERMISSIONS.tierPolicyWrite);
  const versions = usePolicyVersions(code);
  const activate = useActivate();
  const errorMessage = useErrorMessage();
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<PolicyVersion | null>(null);
  const [effect, setEffect] = useState<string | null>(null);

  if (versions.isPending) return <PageLoading />;
  if (versions.isError) return <PageError error={versions.error} onRetry={() => void versions.refetch()} />;

  const list = versions.data.versions;
  const active = list.find((v) => v.status === 'ACTIVE');
  const shown = list.find((v) => v.version === selected) ?? active ?? list.at(-1)!;

  const confirmActivation = async () => {
    if (!confirming) return;
    try {
      const result = await activate.mutateAsync({ code, version: confirming.version });
      setEffect(result.effect);
      setSelected(result.policy.version);
      setConfirming(null);
      void message.success(t('policies.page.activatedMessage', { version: result.policy.version }));
    } catch {
      // The error stays in the dialog (activate.error) until it is closed or tried again.
    }
  };

  const columns: ColumnsType<PolicyVersion> = [
    { key: 'version', title: t('policies.page.version'), render: (_, row) => t('policies.versionLabel', { version: row.version }) },
    { key: 'status', title: t('policies.page.status'), render: (_, row) => <VersionStatusTag status={row.status} /> },
    { key: 'name', title: t('policies.editor.name'), render: (_, row) => row.name },
    { key: 'metric', title: t('policies.editor.metric'), render: (_, row) => t(`metrics.${row.metric}`) },
    {
      key: 'created',
      title: t('policies.page.created'),
      render: (_, row) => t('policies.page.byAt', { by: row.createdBy, at: formatInstant(row.createdAt, i18n.language) }),
    },
    {
      key: 'activated',
      title: t('policies.page.activated'),
      render: (_, row) => (row.activatedAt ? t('policies.page.byAt', { by: row.activatedBy ?? '—', at: formatInstant(row.activatedAt, i18n.language) }) : '—'),
    },
    {
      key: 'actions',
      title: t('policies.page.actions'),
      render: (_, row) => (
        <Space wrap>
          <Button size="small" onClick={() => setSelected(row.version)} aria-label={t('policies.page.viewVersion', { version: row.version })}>
            {t('policies.page.view')}
          </Button>
          {mayWrite && row.status !== 'ACTIVE' && (
            <Link to={`/simulator?code=${encodeURIComponent(code)}&version=${row.version}`} aria-label={t('policies.page.simulateVersion', { version: row.version })}>
              {t('policies.page.simulate')}
            </Link>
          )}
          {mayWrite && row.status !== 'ACTIVE' && (
            <Button size="small" type="primary" ghost onClick={() => setConfirming(row)} aria-label={t('policies.page.activateVersion', { version: row.version })}>
              {t('policies.page.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Link to="/policies">{t('policies.page.back')}</Link>
        <Typography.Title level={3}>{t('policies.page.title', { code, name: (active ?? shown).name })}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('policies.page.intro')}</Typography.Paragraph>
        {effect && <Alert type="success" showIcon closable message={effect} style={{ marginBottom: 16 }} onClose={() => setEffect(null)} />}
        {mayWrite && !editing && (
          <Button type="primary" onClick={() => setEditing(true)} style={{ marginBottom: 16 }}>
            {t('policies.page.newVersion')}
          </Button>
        )}
        <Table<PolicyVersion>
          rowKey="version"
          size="small"
          columns={columns}
          dataSource={[...list].reverse()}
          pagination={false}
          aria-label={t('policies.page.versions')}
        />
      </Card>
      {editing && mayWrite && (
        <PolicyEditor
          code={code}
          base={active ?? list.at(-1)!}
          onCancel={() => setEditing(false)}
          onSaved={(result) => {
            setEditing(false);
            setSelected(result.policy.version);
            void message.success(
              result.created ? t('policies.editor.saved', { version: result.policy.version }) : t('policies.editor.unchanged', { version: result.policy.version }),
            );
          }}
        />
      )}
      <VersionDetails version={shown} />
      <Modal
        open={confirming !== null}
        title={confirming ? t('policies.page.confirmTitle', { code, version: confirming.version }) : ''}
        okText={t('policies.page.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={activate.isPending}
        onOk={() => void confirmActivation()}
        onCancel={() => {
          setConfirming(null);
          activate.reset();
        }}
      >
        <Typography.Paragraph>{t('policies.page.confirmText', { version: active?.version ?? '—' })}</Typography.Paragraph>
        {activate.isError && <Alert type="error" showIcon message={errorMessage(activate.error)} />}
      </Modal>
    </Space>
  );
}
