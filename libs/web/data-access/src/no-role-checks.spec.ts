import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';

const root = new URL('../../../../', import.meta.url).pathname;
const probe = `${root}libs/web/feature-roadmap/src/probe.tsx`;

/**
 * The web asks the server what the viewer may do (`useAbilities()`, each record's `viewerCan`):
 * the lint refuses a feature that works it out from a role again, and says what to use instead.
 */
describe('no role checks in the web’s features', () => {
  let eslint: ESLint;

  beforeAll(() => {
    // The config's boundary rule reads Nx's project graph; computed here as `npm run lint` does.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore' });
    eslint = new ESLint({ cwd: root });
  }, 60_000);

  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: probe });
    return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
  };

  it.each([
    ['comparing the viewer’s role', "export const canImport = (user: { role: string }) => user.role === 'ADMIN';\n"],
    ['comparing it through optional chaining', "export const partner = (user: { role: string } | null) => user?.role !== 'PARTNER';\n"],
    [
      'looking it up in a list of roles',
      "const staff = ['ADMIN', 'ANALYST'];\nexport const isStaff = (user: { role: string }) => staff.includes(user.role);\n",
    ],
  ])('refuses %s, pointing to useAbilities() and viewerCan', async (_case, code) => {
    const messages = await lint(code);
    expect(messages).toHaveLength(1);
    expect(messages[0].ruleId).toBe('no-restricted-syntax');
    expect(messages[0].message).toMatch(/useAbilities\(\).*viewerCan/);
  });

  it('lets a feature ask for the viewer’s abilities', async () => {
    const code = [
      "import { useAbilities } from '@ruta/web-data-access';",
      '',
      'export function useCanImport(): boolean {',
      '  return useAbilities().importRoadmap;',
      '}',
      '',
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });
});
