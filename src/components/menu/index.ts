export { Menu, preloadMenu } from './Menu';
export type { MenuEntry, MenuProps } from './types';
