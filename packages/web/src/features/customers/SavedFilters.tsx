import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import type { SavedFilter, SavedFilterBody, SearchColumn } from './customer-types.ts';
import { useDeleteFilter, useSaveFilter, useSavedFilters } from './customers-api.ts';
import { sameSearch } from './search-request.ts';

interface SavedFiltersProps {
  /** What "save as" stores: the current criteria (never a phone or ID number), order and columns. */
  current: Omit<SavedFilterBody, 'name'>;
  onApply: (filter: SavedFilter) => void;
}

/**
 * The staff member's saved searches: choose one to apply it, save the current search under a
 * name, delete the chosen one. The server keeps them per staff member.
 */
export function SavedFilters({ current, onApply }: SavedFiltersProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const filters = useSavedFilters();
  const remove = useDeleteFilter();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // The chosen filter stays shown while the list is still its search; another search deselects it.
  const selected = filters.data?.find((filter) => filter.id === selectedId && sameSearch(filter.criteria, current.criteria));

  return (
    <Space wrap>
      <Select
        aria-label={t('search.savedFilters')}
        style={{ minWidth: 220 }}
        placeholder={filters.isError ? t('search.savedFiltersError') : t('search.savedFiltersPlaceholder')}
        loading={filters.isPending}
        disabled={filters.isError}
        value={selected?.id}
        onChange={(id: string) => {
          setSelectedId(id);
          const filter = filters.data?.find((item) => item.id === id);
          if (filter) onApply(filter);
        }}
        options={(filters.data ?? []).map((filter) => ({ value: filter.id, label: filter.name }))}
      />
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
        {t('search.saveAs')}
      </Button>
      {selected ? (
        <Popconfirm
          title={t('search.deleteConfirm', { name: selected.name })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() =>
            remove.mutateAsync(selected.id).then(
              () => {
                setSelectedId(undefined);
                void message.success(t('search.deleted', { name: selected.name }));
              },
              (error: unknown) => void message.error(errorMessage(error)),
            )
          }
        >
          <Button icon={<DeleteOutlined />} danger aria-label={`${t('search.deleteFilter')} ${selected.name}`}>
            {t('search.deleteFilter')}
          </Button>
        </Popconfirm>
      ) : null}
      <SaveFilterDialog
        open={saving}
        current={current}
        initialName={selected?.name}
        onClose={() => setSaving(false)}
        onSaved={(filter) => {
          setSelectedId(filter.id);
          setSaving(false);
          void message.success(t('search.saved', { name: filter.name }));
        }}
      />
    </Space>
  );
}

function SaveFilterDialog({
  open,
  current,
  initialName,
  onClose,
  onSaved,
}: {
  open: boolean;
  current: Omit<SavedFilterBody, 'name'>;
  initialName: string | undefined;
  onClose: () => void;
  onSaved: (filter: SavedFilter) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<{ name: string }>();
  const save = useSaveFilter();
  const close = () => {
    save.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('search.saveTitle')}
      onCancel={close}
      okText={t('search.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: initialName ?? '' }}
        onFinish={({ name }) =>
          save.mutate(
            { body: { name: name.trim(), criteria: current.criteria, columns: current.columns as SearchColumn[] } },
            {
              onSuccess: (filter) => {
                form.resetFields();
                onSaved(filter);
              },
            },
          )
        }
      >
        <Form.Item
          label={t('search.saveName')}
          name="name"
          rules={[{ validator: (_rule, value: string | undefined) => ((value?.trim().length ?? 0) >= 1 && (value?.trim().length ?? 0) <= 40 ? Promise.resolve() : Promise.reject(new Error(t('search.saveNameRequired')))) }]}
        >
          <Input maxLength={40} autoFocus />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('search.saveNotes')}</Typography.Paragraph>
      {save.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(save.error)} /> : null}
    </Modal>
  );
}
