/**
 * A scripted API for component tests: answers by "METHOD /path" and records every request with
 * its headers and JSON body, so tests can check exactly what the screens send.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

export type Answer = Response | ((request: RecordedRequest) => Response);

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function apiError(status: number, code: string, message: string, details: Record<string, unknown> = {}): Response {
  return json(status, { code, message, details });
}

export function fakeApi(answers: Record<string, Answer | Answer[] | unknown>) {
  const requests: RecordedRequest[] = [];
  const routes = new Map(Object.entries(answers));
  async function fetch(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const text = await request.text();
    const recorded: RecordedRequest = { method: request.method, path, headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    requests.push(recorded);
    const key = `${request.method} ${path}`;
    let answer = routes.get(key);
    if (Array.isArray(answer) && answer.every((item) => item instanceof Response || typeof item === 'function')) {
      // A list answers in turn; its last answer repeats.
      answer = answer.length > 1 ? answer.shift() : answer[0];
    }
    if (answer === undefined) return apiError(404, 'NOT_FOUND', `no such route: ${key}`);
    if (answer instanceof Response) return answer.clone();
    if (typeof answer === 'function') return (answer as (r: RecordedRequest) => Response)(recorded);
    return json(200, answer);
  }
  return {
    fetch,
    requests,
    /** Replaces the answers of one route from now on. */
    answer(key: string, answer: Answer | Answer[] | unknown) {
      routes.set(key, answer);
    },
    bodiesOf(key: string): unknown[] {
      return requests.filter((r) => `${r.method} ${r.path}` === key).map((r) => r.body);
    },
  };
}
