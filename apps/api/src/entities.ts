import { domainEventEntities } from '@ruta/server-core';
import { contributionEntities } from '@ruta/server-contributions';
import { conversatorioEntities } from '@ruta/server-conversatorios';
import { documentEntities } from '@ruta/server-documents';
import { eventEntities } from '@ruta/server-events';
import { historyEntities } from '@ruta/server-history';
import { identityEntities } from '@ruta/server-identity';
import { memoriaEntities } from '@ruta/server-memoria';
import { notificationEntities } from '@ruta/server-notifications';
import { organizationEntities } from '@ruta/server-organizations';
import { questionEntities } from '@ruta/server-questions';
import { referenceEntities } from '@ruta/server-reference';
import { roadmapEntities } from '@ruta/server-roadmap';

/** Every TypeORM entity of the application, for the data source and the migration generator. */
export const entities = [
  ...referenceEntities,
  ...organizationEntities,
  ...identityEntities,
  ...eventEntities,
  ...conversatorioEntities,
  ...contributionEntities,
  ...historyEntities,
  ...questionEntities,
  ...roadmapEntities,
  ...documentEntities,
  ...memoriaEntities,
  ...notificationEntities,
  ...domainEventEntities,
];
