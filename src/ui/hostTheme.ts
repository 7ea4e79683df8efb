import { createTheme, PartialTheme, Theme } from '@fluentui/react';

/** The theme the host asks for: SharePoint's section/site theme, or Teams' light, dark or high-contrast. */
export interface HostTheme {
  readonly name: 'light' | 'dark' | 'contrast';
  /** SharePoint's theme variant (section backgrounds), when the host is a SharePoint page. */
  readonly sharePoint?: PartialTheme;
}

export const lightTheme: HostTheme = { name: 'light' };

/** Teams reports 'default', 'dark' or 'contrast'. */
export function hostThemeFromTeams(teamsTheme: string | undefined): HostTheme {
  if (teamsTheme === 'dark') {
    return { name: 'dark' };
  }
  return teamsTheme === 'contrast' ? { name: 'contrast' } : lightTheme;
}

const darkTheme: PartialTheme = {
  palette: {
    themePrimary: '#7f85f5',
    themeDarkAlt: '#9299f7',
    themeDark: '#aaaffa',
    // The light tints turn into dark ones, so a highlighted row keeps its white text readable.
    themeLighterAlt: '#24253a',
    themeLighter: '#2b2c4a',
    themeLight: '#34366b',
    themeTertiary: '#4f52b2',
    themeSecondary: '#6b70e8',
    neutralDark: '#faf9f8',
    neutralPrimary: '#ffffff',
    neutralSecondary: '#d6d6d6',
    neutralTertiary: '#adadad',
    neutralLight: '#3b3a39',
    neutralLighter: '#2d2c2c',
    neutralLighterAlt: '#292828',
    white: '#1f1f1f',
    black: '#f8f8f8'
  },
  semanticColors: {
    bodyBackground: '#1f1f1f',
    bodyText: '#ffffff',
    bodySubtext: '#d6d6d6',
    inputBackground: '#292828',
    inputText: '#ffffff',
    inputBorder: '#adadad',
    inputBorderHovered: '#ffffff',
    menuBackground: '#292828',
    menuItemText: '#ffffff',
    menuItemBackgroundHovered: '#3b3a39',
    menuItemBackgroundPressed: '#484644'
  }
};

const contrastTheme: PartialTheme = {
  palette: {
    themePrimary: '#ffff00',
    themeDarkAlt: '#ffff00',
    themeDark: '#ffff00',
    neutralDark: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralLight: '#000000',
    neutralLighter: '#000000',
    neutralLighterAlt: '#000000',
    white: '#000000',
    black: '#ffffff'
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodySubtext: '#ffffff',
    link: '#ffff00',
    inputBackground: '#000000',
    inputText: '#ffffff',
    inputBorder: '#ffffff',
    inputBorderHovered: '#ffff00',
    menuBackground: '#000000',
    menuItemText: '#ffffff',
    menuItemBackgroundHovered: '#1aebff',
    menuItemBackgroundPressed: '#1aebff'
  }
};

export function fluentTheme(theme: HostTheme): Theme {
  if (theme.name === 'dark') {
    return createTheme(darkTheme);
  }
  if (theme.name === 'contrast') {
    return createTheme(contrastTheme);
  }
  return createTheme(theme.sharePoint ?? {});
}
