export { Menu, preloadMenu } from './Menu';
export { MENU_LAYER_ID, type MenuEntry, type MenuProps } from './types';
