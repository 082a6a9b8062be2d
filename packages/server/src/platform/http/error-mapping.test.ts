import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPassword } from '../../modules/identity/identity.rules.ts';
import { DomainError } from '../errors/domain-error.ts';
import { errorHandler, notFoundHandler, statusForCode } from './error-mapping.ts';

let app: FastifyInstance;
const logLines: string[] = [];

/** An app with routes that fail in each way the mapping knows. */
async function anErrorApp(): Promise<FastifyInstance> {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const server = Fastify({ logger: { level: 'error', stream: logStream } }).withTypeProvider<ZodTypeProvider>();
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.setErrorHandler(errorHandler);
  server.setNotFoundHandler(notFoundHandler);
  const raise = (code: string, message: string, details: Record<string, unknown> = {}) => {
    throw new DomainError(code, message, details);
  };
  server.get('/forbidden', async () => raise('FORBIDDEN', 'your role may not do this (tier-policy.write)', { permission: 'tier-policy.write' }));
  server.get('/password', async () =>
    raise('PASSWORD_REJECTED', 'the password was refused', { violations: checkPassword('r77001', 'R77001') }),
  );
  server.get('/customer', async () =>
    raise('CUSTOMER_NOT_FOUND', 'no customer with phone 13800138000', { customerNo: '13800138000' }),
  );
  server.get('/new-code', async () => raise('SOMETHING_NEW', 'the module says what happened', { hint: 1 }));
  server.get('/config', async () =>
    raise('SEARCH_KEY_MISMATCH', 'the search key (GUIBIN_SEARCH_KEY or search.key) is not the one this database was built with', {
      fingerprint: 'abc',
    }),
  );
  server.get('/crash', async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:5432 for user guibin_app');
  });
  server.post(
    '/echo',
    { bodyLimit: 200, schema: { body: z.object({ name: z.string().min(2), age: z.number().int().min(18), month: z.string().regex(/^\d{4}-\d\d$/, 'must be YYYY-MM') }) } },
    async (request) => request.body,
  );
  server.get('/search', { schema: { querystring: z.object({ page: z.coerce.number().int().min(1) }) } }, async () => ({ ok: true }));
  await server.ready();
  return server;
}

beforeAll(async () => {
  app = await anErrorApp();
});
afterAll(() => app.close());

const en = { 'accept-language': 'en-US,en;q=0.9' };
const postJson = (payload: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json', ...headers }, payload });

describe('module errors', () => {
  it('answers in zh-CN when the caller names no language, in English when asked', async () => {
    const zh = await app.inject('/forbidden');
    expect(zh.statusCode).toBe(403);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.json()).toEqual({ code: 'FORBIDDEN', message: '您的角色无权执行此操作（tier-policy.write）', details: { permission: 'tier-policy.write' } });
    const english = await app.inject({ url: '/forbidden', headers: en });
    expect(english.headers['content-language']).toBe('en');
    expect(english.json().message).toBe('your role may not do this (tier-policy.write)');
  });

  it.each([
    ['fr-FR, en;q=0.5', 'en'],
    ['*', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en;q=0.2, zh;q=0.9', 'zh-CN'],
  ])('Accept-Language %j gives %s', async (header, locale) => {
    expect((await app.inject({ url: '/forbidden', headers: { 'accept-language': header } })).headers['content-language']).toBe(locale);
  });

  it('keeps the specifics a module built, in the caller language', async () => {
    const zh = (await app.inject('/password')).json();
    expect(zh.message).toBe('密码不符合要求：密码至少需要 10 个字符；密码需包含小写字母、大写字母、数字、其他符号中的至少 3 类；密码不得包含工号');
    expect(zh.details.violations.map((v: { rule: string }) => v.rule)).toEqual(['MIN_LENGTH', 'CHARACTER_CLASSES', 'CONTAINS_STAFF_NO']);
    expect((await app.inject({ url: '/password', headers: en })).json().message).toMatch(/^the password was refused: the password must have at least 10/);
  });

  it('never puts a sensitive value into the message', async () => {
    const response = await app.inject({ url: '/customer', headers: en });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe('no such customer in your scope');
  });

  it('keeps the module message and answers 400 for a code the catalogue does not know yet', async () => {
    const response = await app.inject('/new-code');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'SOMETHING_NEW', message: 'the module says what happened', details: { hint: 1 } });
    expect(statusForCode('SOMETHING_NEW')).toBe(400);
  });
});

describe('5xx answers reveal nothing', () => {
  it('answers a configuration error with its code and a generic message, without details, and logs it', async () => {
    const response = await app.inject({ url: '/config', headers: en });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      code: 'SEARCH_KEY_MISMATCH',
      message: 'the server is misconfigured and cannot serve the request; contact the system administrator',
      details: {},
    });
    expect(logLines.join('')).toContain('GUIBIN_SEARCH_KEY');
  });

  it('answers an unexpected error with INTERNAL only, in either language', async () => {
    for (const [headers, message] of [
      [{}, '服务器内部错误，请稍后重试'],
      [en, 'internal error; try again later'],
    ] as const) {
      const response = await app.inject({ url: '/crash', headers });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ code: 'INTERNAL', message, details: {} });
      expect(response.body).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|guibin_app/);
    }
    expect(logLines.join('')).toContain('ECONNREFUSED');
  });
});

describe('requests refused before a handler runs', () => {
  it('answers a schema mismatch with REQUEST_INVALID, each issue placed and worded in the caller language', async () => {
    const body = JSON.stringify({ name: 'x', month: '2026/09' });
    const zh = await postJson(body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toMatchObject({ code: 'REQUEST_INVALID', message: '请求内容不符合接口要求（3 处问题）' });
    expect(zh.json().details.issues).toEqual([
      { in: 'body', path: '/name', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      { in: 'body', path: '/age', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      // the schema's own message is kept as written
      { in: 'body', path: '/month', message: 'must be YYYY-MM' },
    ]);
    const english = (await postJson(body, en)).json();
    expect(english.message).toBe('the request does not match its schema (3 problem(s))');
    expect(english.details.issues[1]).toEqual({ in: 'body', path: '/age', message: 'Invalid input: expected number, received undefined' });
  });

  it('keeps a zod message it cannot reproduce exactly rather than guess', async () => {
    const issues = (await postJson(JSON.stringify({ name: 'xy', age: 'old', month: '2026-09' }))).json().details.issues;
    expect(issues).toEqual([{ in: 'body', path: '/age', message: 'Invalid input: expected number, received string' }]);
  });

  it('places query string issues', async () => {
    const response = await app.inject({ url: '/search?page=0', headers: en });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.issues).toEqual([{ in: 'querystring', path: '/page', message: 'Too small: expected number to be >=1' }]);
  });

  it.each([
    ['a body that is not JSON', '{"name": ', 400, 'REQUEST_BODY_MALFORMED', '请求体为空或不是有效的 JSON'],
    ['an empty JSON body', '', 400, 'REQUEST_BODY_MALFORMED', '请求体为空或不是有效的 JSON'],
    ['a body over the limit', JSON.stringify({ name: 'x'.repeat(300) }), 413, 'REQUEST_BODY_TOO_LARGE', '请求体过大（上限 200 字节）'],
  ])('answers %s', async (_, payload, status, code, message) => {
    const response = await postJson(payload);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, message });
  });

  it('answers a media type nobody parses with UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/xml', ...en }, payload: '<a/>' });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the Content-Type of the request is not supported', details: {} });
  });

  it('answers an unknown route with NOT_FOUND, without echoing the query string', async () => {
    const response = await app.inject({ url: '/api/customers/lookup?phone=13800138000', headers: en });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: 'no such route: GET /api/customers/lookup', details: {} });
    expect((await app.inject('/nothing')).json().message).toBe('没有此接口：GET /nothing');
  });
});
