import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

/** The one job queue (pg-boss), for every feature. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobQueueModule {}
