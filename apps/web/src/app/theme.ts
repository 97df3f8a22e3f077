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
  // People who asked their system for less motion get no modal or menu animations.
  respectReducedMotion: true,
});

/**
 * Text colours of the "light" variants (alerts, badges) darkened so they keep 4.5:1 on their own
 * tinted backgrounds; Mantine's defaults reach only 3.5–4.4.
 */
const LIGHT_VARIANT_TEXT: Record<string, string> = {
  blue: '#124e86',
  green: '#1d6330',
  teal: '#0b5e52',
  red: '#a51d1d',
  orange: '#8f3510',
  yellow: '#6b5100',
  gray: '#343a40',
};

/** Mantine's default grey for hints and placeholders is below 4.5:1 on white; one shade darker is not. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(Object.entries(LIGHT_VARIANT_TEXT).map(([color, value]) => [`--mantine-color-${color}-light-color`, value])),
  },
  dark: {},
});
