import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// CONGOPE blue, shades chosen for AA contrast on white from index 6 up.
const congope: MantineColorsTuple = [
  '#e7f1fb',
  '#cfe1f4',
  '#9ec1e8',
  '#6aa0dc',
  '#3f84d2',
  '#2573cd',
  '#1765b5',
  '#0b5394',
  '#074784',
  '#003b73',
];

export const theme = createTheme({
  primaryColor: 'congope',
  primaryShade: 7,
  colors: { congope },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

/**
 * Mantine's default dimmed grey and error red are below WCAG AA contrast on white; these pass
 * (grey 7:1, red 5.6:1 — field error messages and invalid inputs' text).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-gray-4)' },
});
