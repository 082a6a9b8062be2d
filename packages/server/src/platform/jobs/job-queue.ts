/**
 * Background jobs (ARCHITECTURE.md "jobs"): pg-boss queues in the bank's own PostgreSQL (its
 * schema `pgboss`, created on first start), so jobs are durable and retried without another
 * server. The server process starts the workers (cli/server-commands.ts) and stops them on close;
 * other processes (the import command, the web API) only send jobs, which wait in the database
 * until a server works them.
 */
import PgBoss from 'pg-boss';

/**
 * A queue and its pg-boss policy: 'standard' keeps every job; 'short' keeps at most one waiting
 * job per singleton key (a repeated request while one waits is dropped: send answers null).
 */
export interface QueueDefinition {
  name: string;
  policy?: 'standard' | 'short';
}

export interface JobWorker<T extends object = object> {
  queue: QueueDefinition;
  /** Runs one job; a throw marks it failed (retried per the queue's policy). */
  handle(data: T, job: { id: string }): Promise<void>;
}

export interface SendOptions {
  /** On a 'short' queue, at most one job with this key waits at a time (pg-boss singletonKey). */
  singletonKey?: string;
}

/** Sending jobs: what the API and the commands need. */
export interface JobQueue {
  send(queue: string, data: object, options?: SendOptions): Promise<string | null>;
}

export interface JobRunner extends JobQueue {
  stop(): Promise<void>;
}

export interface JobOptions {
  url: string;
  /** The queues this process works; none for a process that only sends. */
  workers?: readonly JobWorker<never>[];
  /** The queues to create (those of the workers are created anyway). */
  queues?: readonly QueueDefinition[];
  /** How often idle workers look for work, in seconds (pg-boss polls; default 2). */
  pollingIntervalSeconds?: number;
  onError?: (error: Error) => void;
}

const QUEUE_DEFAULTS = {
  // A detection or an evaluation reruns safely (idempotent), so a failure is retried a few times.
  retryLimit: 2,
  retryDelay: 30,
  // Long batch work (a million customers) must not be expired by the default 15 minutes.
  expireInSeconds: 2 * 60 * 60,
} as const;

/** Starts pg-boss on the database (creating or upgrading its schema) with the given workers. */
export async function startJobs(options: JobOptions): Promise<JobRunner> {
  const workers = options.workers ?? [];
  const boss = new PgBoss({
    connectionString: options.url,
    max: 4,
    // Maintenance (archiving, expiring) and the cron clock run only where workers run.
    supervise: workers.length > 0,
    schedule: false,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  for (const queue of [...(options.queues ?? []), ...workers.map((worker) => worker.queue)]) await ensureQueue(boss, queue);
  for (const worker of workers as readonly JobWorker<object>[]) {
    await boss.work<object>(worker.queue.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await worker.handle(job.data, { id: job.id });
    });
  }
  let stopped = false;
  return {
    async send(queue, data, sendOptions = {}) {
      return boss.send(queue, data, sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {});
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Graceful: a job in hand finishes (up to the timeout), then the connections close.
      await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    },
  };
}

async function ensureQueue(boss: PgBoss, queue: QueueDefinition): Promise<void> {
  const { name } = queue;
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, policy: queue.policy ?? 'standard', ...QUEUE_DEFAULTS });
  } catch (error) {
    // Another process created it meanwhile.
    if (!(await boss.getQueue(name))) throw error;
  }
}

/** Sends one job from a process that works none (a command): starts a sender, sends, stops. */
export async function sendJob(url: string, queue: QueueDefinition, data: object, options: SendOptions = {}): Promise<string | null> {
  const jobs = await startJobs({ url, queues: [queue] });
  try {
    return await jobs.send(queue.name, data, options);
  } finally {
    await jobs.stop();
  }
}
