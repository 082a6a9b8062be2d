import { AuditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { customerListLink } from './customer-links.ts';
import { TierOverview } from './TierOverview.tsx';

/**
 * 首页, open to every logged-in user: what it shows follows the permissions. Staff with tier
 * figures (tier.read) see their customers by tier and this month's changes; lobby managers and
 * tellers a quick customer search; auditors the way to the audit trail.
 */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const can = useCan();
  if (can(PERMISSIONS.tierRead)) return <TierOverview />;
  const search = can(PERMISSIONS.customerReadLimited);
  const audit = can(PERMISSIONS.auditRead);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('workbench.title')}
      </Typography.Title>
      {search ? <QuickSearch /> : null}
      {audit ? <AuditShortcut /> : null}
      {!search && !audit ? <Result status="info" title={t('errors.noPagesTitle')} subTitle={t('errors.noPages')} /> : null}
    </Space>
  );
}

/** Lobby and counter: straight to the customer list with a name or number. */
function QuickSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = ({ q }: { q?: string }) => {
    const text = q?.trim();
    void navigate(customerListLink(text ? { q: text } : {}));
  };
  return (
    <Card title={t('workbench.quickSearch.title')} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('workbench.quickSearch.hint')}</Typography.Paragraph>
      <Form layout="inline" onFinish={submit} aria-label={t('workbench.quickSearch.title')}>
        <Form.Item name="q" label={t('workbench.quickSearch.label')} style={{ flex: 1 }}>
          <Input placeholder={t('workbench.quickSearch.placeholder')} maxLength={64} allowClear />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('workbench.quickSearch.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function AuditShortcut() {
  const { t } = useTranslation();
  return (
    <Card title={t('workbench.audit.title')} style={{ maxWidth: 640 }}>
      <Typography.Paragraph>{t('workbench.audit.text')}</Typography.Paragraph>
      <Link to="/audit">
        <AuditOutlined aria-hidden /> {t('workbench.audit.link')}
      </Link>
    </Card>
  );
}
