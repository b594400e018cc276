import { Injectable } from '@nestjs/common';

/** Counters of the collaboration server (exported as Prometheus metrics by the operations work). */
@Injectable()
export class CollaborationMetrics {
  connections = 0;
  updatesAppended = 0;
  stores = 0;
  storeFailures = 0;
}
