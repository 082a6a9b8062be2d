/**
 * The problems of a request that does not match its zod schema (REQUEST_INVALID), each with
 * where it is and what is wrong, in the caller's language where zod can say it.
 */
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import type { Locale } from './locale.ts';

export interface RequestIssue {
  /** body, querystring, params or headers */
  in?: string;
  /** JSON pointer into that part, e.g. '/password' */
  path: string;
  message: string;
}

interface ValidationItem {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const ZOD_LOCALES: Record<Locale, ReturnType<typeof z.locales.en>> = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export function requestIssues(error: FastifyError, locale: Locale): RequestIssue[] {
  return (error.validation as ValidationItem[]).map((item) => ({
    ...(error.validationContext ? { in: error.validationContext } : {}),
    path: item.instancePath ?? '',
    message: localizedIssueMessage(item, locale),
  }));
}

/**
 * zod's own wording is rewritten in the caller's language; a message the schema chose is kept.
 * Recomputing zod's English for the issue tells the two apart. The issue no longer carries the
 * input (so no value of it can leak), hence "received …" is only reproduced for a missing value;
 * a message that cannot be reproduced exactly is kept as it was.
 */
function localizedIssueMessage(item: ValidationItem, locale: Locale): string {
  const original = item.message ?? '';
  if (!item.keyword) return original;
  const raw = { ...item.params, code: item.keyword, path: [] } as unknown as Parameters<(typeof ZOD_LOCALES)['en']['localeError']>[0];
  try {
    if (messageOf(ZOD_LOCALES.en.localeError(raw)) !== original) return original;
    return messageOf(ZOD_LOCALES[locale].localeError(raw)) ?? original;
  } catch {
    return original;
  }
}

function messageOf(result: { message: string } | string | undefined | null): string | undefined {
  return typeof result === 'string' ? result : (result?.message ?? undefined);
}
