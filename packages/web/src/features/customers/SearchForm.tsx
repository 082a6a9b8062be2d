import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters } from './search-request.ts';

type FormValues = Omit<SearchFilters, 'outlet'>;

interface SearchFormProps {
  filters: SearchFilters;
  onSearch: (filters: SearchFilters) => void;
  onReset: () => void;
}

/**
 * The filters of POST /api/customers/search. Phone and ID number are matched exactly (on a keyed
 * hash), so the fields ask for the full value; they are never put in the URL.
 */
export function SearchForm({ filters, onSearch, onReset }: SearchFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const { outlet, ...values } = filters;
  useEffect(() => {
    form.setFieldsValue({ q: values.q, phone: values.phone, idNumber: values.idNumber, maintainerStaffNo: values.maintainerStaffNo });
  }, [form, values.q, values.phone, values.idNumber, values.maintainerStaffNo]);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      aria-label={t('search.filters')}
      initialValues={values}
      onFinish={(submitted) => onSearch({ ...submitted, ...(outlet ? { outlet } : {}) })}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.q')} name="q">
            <Input placeholder={t('search.qPlaceholder')} maxLength={64} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.phone')} name="phone" rules={[{ pattern: /\d/, message: t('search.phoneInvalid') }]}>
            <Input placeholder={t('search.phonePlaceholder')} maxLength={32} inputMode="tel" autoComplete="off" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.idNumber')} name="idNumber">
            <Input placeholder={t('search.idNumberPlaceholder')} maxLength={32} autoComplete="off" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.maintainer')} name="maintainerStaffNo">
            <Input placeholder={t('search.maintainerPlaceholder')} maxLength={32} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="middle" justify="space-between">
        <Col>
          <Space size="small">
            <Typography.Text type="secondary">{t('search.outlet')}:</Typography.Text>
            {outlet ? (
              <Tag closable color="blue" onClose={() => onSearch({ ...form.getFieldsValue(), outlet: undefined })}>
                {outlet.name}
              </Tag>
            ) : (
              <Typography.Text type="secondary">{t('search.outletAny')}</Typography.Text>
            )}
          </Space>
        </Col>
        <Col>
          <Space>
            <Button
              icon={<UndoOutlined />}
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ q: undefined, phone: undefined, idNumber: undefined, maintainerStaffNo: undefined });
                onReset();
              }}
            >
              {t('search.reset')}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('search.submit')}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
