import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useOrgs } from '../customers/customers-api.ts';
import { useProposal } from './allocation-api.ts';
import { ProposalTable } from './ProposalTable.tsx';

/** Proposal review (/allocation/proposal): run a proposal for an outlet or sub-branch, accept some or all, edit targets, apply. */
export default function AllocationProposalPage() {
  const { t } = useTranslation();
  const session = useSession();
  const orgs = useOrgs();
  const proposal = useProposal();
  const errorMessage = useErrorMessage();
  const ownOrg = session.status === 'authenticated' ? session.session.staff.orgId : undefined;
  const [orgId, setOrgId] = useState<number | undefined>(undefined);
  const options = useMemo(
    () => (orgs.data ?? []).filter((org) => org.level === 'OUTLET' || org.level === 'SUB_BRANCH').map((org) => ({ value: org.id, label: org.name })),
    [orgs.data],
  );
  if (orgs.isPending) return <PageLoading />;
  if (orgs.isError) return <PageError error={orgs.error} onRetry={() => void orgs.refetch()} />;
  const chosen = orgId ?? (options.some((option) => option.value === ownOrg) ? ownOrg : options[0]?.value);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('allocation.proposalTitle')}
      </Typography.Title>
      <Card>
        <Space wrap>
          <Select aria-label={t('allocation.org')} style={{ minWidth: 220 }} value={chosen} options={options} onChange={(value: number) => setOrgId(value)} />
          <Button type="primary" disabled={chosen === undefined} loading={proposal.isPending} onClick={() => chosen !== undefined && proposal.mutate(chosen)}>
            {t('allocation.runProposal')}
          </Button>
        </Space>
      </Card>
      {proposal.isError && <Alert type="error" showIcon message={errorMessage(proposal.error)} />}
      {proposal.data && (
        <Card title={t('allocation.proposalFor', { org: proposal.data.org.name, policy: proposal.data.policy.name })}>
          {/* A new proposal starts a fresh review. */}
          <ProposalTable key={`${proposal.data.org.id}-${proposal.submittedAt}`} proposal={proposal.data} reason="PROPOSAL" />
        </Card>
      )}
    </Space>
  );
}
