import { Role } from '@ruta/shared-domain';
import { type Operation, UNKNOWN_ID } from './operation.js';

const { ADMIN, ANALYST } = Role;

/** The memoria de trabajo. */
export const memoriaRows: Record<string, Operation> = {
  generateMemoria: {
    allowed: [ADMIN, ANALYST],
    // An unknown theme: allowed callers get BAD_USER_INPUT and no job is started.
    document: 'mutation ($id: ID!) { generateMemoria(scope: THEME, themeId: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaJob: {
    allowed: [ADMIN, ANALYST],
    document: 'query ($id: ID!) { memoriaJob(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaJobs: { allowed: [ADMIN, ANALYST], document: '{ memoriaJobs { id } }' },
  publishMemoria: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!) { publishMemoria(jobId: $id) { number } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaVersions: { allowed: 'ANYONE', document: '{ memoriaVersions { number } }' },
};
