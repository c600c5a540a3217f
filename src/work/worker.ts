import type { MessagePort } from 'node:worker_threads';
import { type Job, runJob } from './jobs.js';

/**
 * The worker thread's entry point: piscina calls the default export with each job. The
 * job's port is told when it starts, so its time limit counts running, not queueing.
 */
export default function work({ job, started }: { job: Job; started: MessagePort }) {
  started.postMessage('started');
  started.close();
  return runJob(job);
}
