import { ArrowLeftOutlined, EyeOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatMonth } from '../../shared/format/dates.ts';
import { formatMoney, formatMoneyCompact } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { recall } from '../../shared/session/session-memory.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { useRelation } from '../allocation/allocation-api.ts';
import { useCustomerCards } from '../cards/cards-api.ts';
import { useServiceTierCard } from '../service-tiers/service-tiers-api.ts';
import { useContactEvents, useContactRecords, useMarketingConsent } from '../contact/contact-api.ts';
import { CustomerContactCard } from '../contact/CustomerContactCard.tsx';
import { CustomerMaintainerCard } from '../allocation/CustomerMaintainerCard.tsx';
import { CustomerCardsCard } from '../cards/CustomerCardsCard.tsx';
import { CustomerServiceTierCard } from '../service-tiers/CustomerServiceTierCard.tsx';
import { AumTrend } from './AumTrend.tsx';
import type { CustomerFile } from './customer-types.ts';
import { useCustomerFile } from './customers-api.ts';
import { HoldingsTable } from './HoldingsTable.tsx';
import { LAST_SEARCH_KEY } from './search-request.ts';
import { ShowInFullDialog } from './ShowInFullDialog.tsx';
import { TierHistory } from './TierHistory.tsx';
import { TierTag } from './TierTag.tsx';

function BackToSearch() {
  const { t } = useTranslation();
  const last = recall<string>(LAST_SEARCH_KEY);
  return (
    <Link to={last ? `/customers?${last}` : '/customers'}>
      <ArrowLeftOutlined /> {t('customer.back')}
    </Link>
  );
}

/** A headline figure in 万, with the exact amount and the day it is from beneath. */
function TotalCard({ title, amount, asOf }: { title: string; amount: string; asOf: string | null }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  return (
    <Card>
      <Statistic title={title} value={formatMoneyCompact(amount, language)} />
      <Typography.Text type="secondary">
        {formatMoney(amount)} · {asOf ? t('customer.asOf', { day: formatDay(asOf, language) }) : t('customer.noBalances')}
      </Typography.Text>
    </Card>
  );
}

/**
 * 客户视图: one request to GET /api/customers/:customerId feeds the file; the cards of issue 6
 * (maintainer, service tier and agreement, VIP cards) read their own endpoints, asked for here at
 * the same moment as the file rather than after it arrives (no waterfall).
 */
export default function CustomerPage() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const file = useCustomerFile(customerId);
  useRelation(customerId, can(PERMISSIONS.allocationRead));
  useServiceTierCard(customerId, can(PERMISSIONS.customerRead));
  useCustomerCards(customerId, can(PERMISSIONS.cardRead));
  // Issue 7: the contact timeline and marketing consent, asked for beside the rest.
  useContactRecords(customerId, can(PERMISSIONS.contactRead));
  useContactEvents(customerId, can(PERMISSIONS.contactRead));
  useMarketingConsent(customerId, can(PERMISSIONS.contactRead));

  if (file.isPending) return <PageLoading />;
  if (file.isError) {
    // Out of scope and nonexistent are one answer on the server, and one page here. A malformed id
    // in the address (a 400) is no customer either.
    if (isApiError(file.error, 'CUSTOMER_NOT_FOUND') || isApiError(file.error, 'REQUEST_INVALID')) {
      return <Result status="404" title={t('customer.notFoundTitle')} subTitle={t('customer.notFound')} extra={<BackToSearch />} />;
    }
    return <PageError error={file.error} onRetry={() => void file.refetch()} />;
  }
  return <CustomerView customer={file.data} />;
}

function CustomerView({ customer }: { customer: CustomerFile }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const [showingInFull, setShowingInFull] = useState(false);
  const { tier, holdings } = customer;
  const staff = (person: { name: string; staffNo: string } | null) => (person ? `${person.name}（${person.staffNo}）` : t('common.none'));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackToSearch />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12 }}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {customer.name}
          </Typography.Title>
          <Typography.Text type="secondary">{customer.customerNo}</Typography.Text>
          <TierTag tier={tier.serviceTier} />
          {tier.status ? <Tag>{t(`statuses.${tier.status}`)}</Tag> : null}
        </Space>
        <Space wrap>
          {can(PERMISSIONS.contactWrite) ? (
            <Link to={`/contact-reports/new?customerId=${customer.customerId}`}>
              <Button icon={<FileTextOutlined />}>{t('contactReports.editor.writeReport')}</Button>
            </Link>
          ) : null}
          {can(PERMISSIONS.customerShowInFull) ? (
            <Button icon={<EyeOutlined />} onClick={() => setShowingInFull(true)}>
              {t('showInFull.button')}
            </Button>
          ) : null}
        </Space>
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <TotalCard title={t('customer.aumTotal')} amount={holdings.totals.aumCny} asOf={holdings.asOf} />
        </Col>
        <Col xs={24} md={8}>
          <TotalCard title={t('customer.otherTotal')} amount={holdings.totals.otherCny} asOf={holdings.asOf} />
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Descriptions column={1} size="small" title={t('customer.tier')}>
              <Descriptions.Item label={t('customer.serviceTier')}>
                <TierTag tier={tier.serviceTier} />
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.qualifiedTier')}>
                <TierTag tier={tier.qualifiedTier} />
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.status')}>{tier.status ? t(`statuses.${tier.status}`) : t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('customer.tierMonth')}>{formatMonth(tier.month, language)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.policy')}>{tier.policyCode ?? t('common.none')}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>

      <Card title={t('customer.profile')}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('customer.customerNo')}>{customer.customerNo}</Descriptions.Item>
          <Descriptions.Item label={t('customer.gender')}>{t(`genders.${customer.gender}`, { defaultValue: customer.gender })}</Descriptions.Item>
          <Descriptions.Item label={t('customer.birthDate')}>{formatDay(customer.birthDate, language)}</Descriptions.Item>
          <Descriptions.Item label={t('customer.idType')}>{t(`idTypes.${customer.idType}`, { defaultValue: customer.idType })}</Descriptions.Item>
          <Descriptions.Item label={t('customer.idNumber')}>{customer.idNumber}</Descriptions.Item>
          <Descriptions.Item label={t('customer.mobile')}>{customer.mobile}</Descriptions.Item>
          <Descriptions.Item label={t('customer.email')}>{customer.email || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('customer.occupation')}>{t(`occupations.${customer.occupation}`, { defaultValue: customer.occupation })}</Descriptions.Item>
          <Descriptions.Item label={t('customer.openedOn')}>{formatDay(customer.openedOn, language)}</Descriptions.Item>
          <Descriptions.Item label={t('customer.homeOutlet')}>
            {customer.homeOutlet.name} <Typography.Text type="secondary">{customer.homeOutlet.code}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('customer.maintainer')}>{staff(customer.maintainer)}</Descriptions.Item>
          <Descriptions.Item label={t('customer.advisor')}>{staff(customer.advisor)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('customer.holdings')} extra={holdings.asOf ? t('customer.asOf', { day: formatDay(holdings.asOf, language) }) : null}>
        <HoldingsTable holdings={holdings} />
      </Card>

      <Card title={t('customer.aum')}>
        <AumTrend aum={customer.aum} />
      </Card>

      <Card title={t('customer.history')}>
        <TierHistory history={customer.tierHistory} />
      </Card>

      {/* Issue 6: each card reads its own endpoint, side by side with the rest (no waterfall). */}
      {can(PERMISSIONS.allocationRead) && <CustomerMaintainerCard customerId={customer.customerId} />}
      <CustomerServiceTierCard customerId={customer.customerId} />
      {can(PERMISSIONS.cardRead) && <CustomerCardsCard customerId={customer.customerId} />}
      {can(PERMISSIONS.contactRead) && <CustomerContactCard customer={customer} />}

      {can(PERMISSIONS.customerShowInFull) ? <ShowInFullDialog customer={customer} open={showingInFull} onClose={() => setShowingInFull(false)} /> : null}
    </Space>
  );
}
