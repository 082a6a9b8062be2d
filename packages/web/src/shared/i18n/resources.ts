import allocationEn from '../../features/allocation/locales/en.json' with { type: 'json' };
import allocationZh from '../../features/allocation/locales/zh-CN.json' with { type: 'json' };
import auditEn from '../../features/audit/locales/en.json' with { type: 'json' };
import auditZh from '../../features/audit/locales/zh-CN.json' with { type: 'json' };
import cardsEn from '../../features/cards/locales/en.json' with { type: 'json' };
import cardsZh from '../../features/cards/locales/zh-CN.json' with { type: 'json' };
import contactReportsEn from '../../features/contact-reports/locales/en.json' with { type: 'json' };
import contactReportsZh from '../../features/contact-reports/locales/zh-CN.json' with { type: 'json' };
import contactEn from '../../features/contact/locales/en.json' with { type: 'json' };
import contactZh from '../../features/contact/locales/zh-CN.json' with { type: 'json' };
import dashboardsEn from '../../features/dashboards/locales/en.json' with { type: 'json' };
import dashboardsZh from '../../features/dashboards/locales/zh-CN.json' with { type: 'json' };
import dataEn from '../../features/data/locales/en.json' with { type: 'json' };
import dataZh from '../../features/data/locales/zh-CN.json' with { type: 'json' };
import policiesEn from '../../features/policies/locales/en.json' with { type: 'json' };
import policiesZh from '../../features/policies/locales/zh-CN.json' with { type: 'json' };
import serviceTiersEn from '../../features/service-tiers/locales/en.json' with { type: 'json' };
import serviceTiersZh from '../../features/service-tiers/locales/zh-CN.json' with { type: 'json' };
import workbenchEn from '../../features/workbench/locales/en.json' with { type: 'json' };
import workbenchZh from '../../features/workbench/locales/zh-CN.json' with { type: 'json' };
import workLogEn from '../../features/work-log/locales/en.json' with { type: 'json' };
import workLogZh from '../../features/work-log/locales/zh-CN.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };

/**
 * The UI strings of both languages. Shared strings live in ./locales; each page feature keeps its
 * own strings beside it (features/<feature>/locales) under a top-level key of the feature's name,
 * so that features are added without touching each other's files.
 */
export const RESOURCES = {
  'zh-CN': { ...zhCN, workbench: workbenchZh, dashboards: dashboardsZh, policies: policiesZh, data: dataZh, audit: auditZh, allocation: allocationZh, serviceTiers: serviceTiersZh, cards: cardsZh, contact: contactZh, contactReports: contactReportsZh, workLog: workLogZh },
  en: { ...en, workbench: workbenchEn, dashboards: dashboardsEn, policies: policiesEn, data: dataEn, audit: auditEn, allocation: allocationEn, serviceTiers: serviceTiersEn, cards: cardsEn, contact: contactEn, contactReports: contactReportsEn, workLog: workLogEn },
} as const;
