import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, languageOf, type Language } from '../i18n/i18n.ts';

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={languageOf(i18n)}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void changeLanguage(i18n, language)}
    />
  );
}
