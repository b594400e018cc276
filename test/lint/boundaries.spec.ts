import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The layers are enforced, not advised: the lint refuses an import that points up (a directory
 * library reaching into the roadmap, the roadmap into the memoria), and lets the downward ones through.
 */
describe('library boundaries', () => {
  let eslint: ESLint;

  beforeAll(() => {
    // The boundary rule reads Nx's project graph; computed here as `npm run lint` does.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore' });
    eslint = new ESLint({ cwd: root });
  }, 60_000);

  const boundaryErrors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
  };

  it.each([
    ['libs/server/reference/src/probe.ts', "import { RoadmapReads } from '@ruta/server-roadmap';\nexport const probe = RoadmapReads;\n"],
    ['libs/server/roadmap/src/probe.ts', "import { MemoriaModule } from '@ruta/server-memoria';\nexport const probe = MemoriaModule;\n"],
    ['libs/server/documents/src/probe.ts', "import { SearchModule } from '@ruta/server-search';\nexport const probe = SearchModule;\n"],
    [
      'libs/server/identity/src/probe.ts',
      "import { ActionItemsService } from '@ruta/server-roadmap';\nexport const probe = ActionItemsService;\n",
    ],
    [
      'libs/server/collaboration/src/probe.ts',
      "import { DownloadsModule } from '@ruta/server-downloads';\nexport const probe = DownloadsModule;\n",
    ],
  ])('refuses an upward import in %s', async (file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/layer:/);
  });

  it.each([
    ['libs/server/memoria/src/probe.ts', "import { RoadmapReads } from '@ruta/server-roadmap';\nexport const probe = RoadmapReads;\n"],
    ['libs/server/roadmap/src/probe.ts', "import { UsersService } from '@ruta/server-identity';\nexport const probe = UsersService;\n"],
  ])('lets a downward import through in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
