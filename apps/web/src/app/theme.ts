import { createTheme } from '@mantine/core';

/**
 * Darker primary shade and auto contrast keep text on coloured buttons and badges above the
 * WCAG AA ratio that the axe checks in the browser tests enforce.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  components: {
    Badge: { defaultProps: { autoContrast: true } },
  },
});
