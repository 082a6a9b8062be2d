import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const CHANNEL_COLORS: Record<string, string> = { PHONE: 'blue', SMS: 'cyan', WECHAT: 'green', EMAIL: 'geekblue', OUTLET_VISIT: 'gold', HOME_VISIT: 'orange', EVENT: 'magenta' };

export function ChannelTag({ channel }: { channel: string }) {
  const { t } = useTranslation();
  return <Tag color={CHANNEL_COLORS[channel]}>{t(`contact.channels.${channel}`, { defaultValue: channel })}</Tag>;
}

export function staffLabel(person: { staffNo: string; name: string } | null | undefined, none: string): string {
  return person ? `${person.name}（${person.staffNo}）` : none;
}
