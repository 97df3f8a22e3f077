import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Darker primary shade and auto contrast keep text on coloured buttons above the WCAG AA ratio
 * that the axe checks in the browser tests enforce.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
});

/** Mantine's default grey for hints and placeholders is below 4.5:1 on white; one shade darker is not. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
