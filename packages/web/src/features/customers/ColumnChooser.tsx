import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchColumn } from './customer-types.ts';
import { FIXED_COLUMNS, normalizeColumns } from './search-columns.ts';

interface ColumnChooserProps {
  /** The columns the caller's view can show, in display order. */
  available: readonly SearchColumn[];
  chosen: readonly SearchColumn[];
  onChange: (columns: SearchColumn[]) => void;
}

/** A checkbox list of the table's columns; the name (the link to the 360) stays. */
export function ColumnChooser({ available, chosen, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const groupId = useId();
  const content = (
    <Space direction="vertical" role="group" aria-labelledby={groupId}>
      <span id={groupId} style={{ fontWeight: 600 }}>
        {t('search.columnChooser')}
      </span>
      <Checkbox.Group
        value={chosen.filter((column) => available.includes(column))}
        onChange={(values) => onChange(normalizeColumns([...(values as SearchColumn[]), ...chosen.filter((column) => !available.includes(column))]))}
      >
        <Space direction="vertical">
          {available.map((column) => (
            <Checkbox key={column} value={column} disabled={FIXED_COLUMNS.includes(column)}>
              {t(`search.columns.${column}`)}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
      <Button size="small" onClick={() => onChange(normalizeColumns([]))}>
        {t('search.columnsDefault')}
      </Button>
    </Space>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>{t('search.columnChooser')}</Button>
    </Popover>
  );
}
