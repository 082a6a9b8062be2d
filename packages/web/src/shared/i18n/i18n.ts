import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from './resources.ts';

/** zh-CN first (the bank's staff), English switchable. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'guibin.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private windows, policies): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

/** One i18next instance for the app; tests create their own with the same resources. */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: RESOURCES['zh-CN'] }, en: { translation: RESOURCES.en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return instance;
}

/** The language to send as Accept-Language and to format with. */
export function languageOf(instance: i18n): Language {
  const current = instance.resolvedLanguage ?? instance.language;
  return isLanguage(current) ? current : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it for the next visit. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this visit.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  await instance.changeLanguage(language);
}
