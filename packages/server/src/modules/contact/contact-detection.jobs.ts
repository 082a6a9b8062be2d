/**
 * The queue `contact.daily-detection` (pg-boss, platform/jobs): the daily close sends a job for
 * the detection date, so do POST /api/contact/detection-runs and `guibin import`; the server's
 * worker runs detection and then the plan build (contact-detection.service.ts). One waiting job
 * per date at a time (singleton key): closing several days in one delivery queues one run.
 */
import type pg from 'pg';
import { sendJob, type JobQueue, type JobWorker, type QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { runDailyDetection } from './contact-detection.service.ts';
import { todayInDatabase } from './contact-scope.store.ts';

export const CONTACT_DETECTION_QUEUE: QueueDefinition = { name: 'contact.daily-detection', policy: 'short' };

export interface DetectionJob {
  date: string;
  /** The run recorded when the job was requested from the API; absent from the daily close. */
  runId?: string;
}

export function contactDetectionWorker(pool: pg.Pool, log: (line: string) => void = () => {}): JobWorker<DetectionJob> {
  return {
    queue: CONTACT_DETECTION_QUEUE,
    async handle(data) {
      const summary = await runDailyDetection(pool, { date: data.date, ...(data.runId && { runId: BigInt(data.runId) }) });
      log(`contact detection ${summary.date}: ${summary.totalEvents} event(s) in ${summary.timingsMs.total} ms (run ${summary.runId})`);
    },
  };
}

export async function enqueueDetection(jobs: JobQueue, job: DetectionJob): Promise<string | null> {
  // A requested run has its own row: never merged with another request for the date.
  return jobs.send(CONTACT_DETECTION_QUEUE.name, job, { singletonKey: job.runId ? `run:${job.runId}` : job.date });
}

/**
 * After a daily close from a process that works no jobs (the import command): queues detection
 * for today (the database's current date), when the server's worker will run it.
 */
export async function queueDailyDetection(db: { pool: pg.Pool; url: string }): Promise<{ date: string; queued: boolean }> {
  const date = await todayInDatabase(db.pool);
  const id = await sendJob(db.url, CONTACT_DETECTION_QUEUE, { date } satisfies DetectionJob, { singletonKey: date });
  return { date, queued: id !== null };
}
