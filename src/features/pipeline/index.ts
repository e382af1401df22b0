export { Board } from './Board';
export { CardLegendButton } from './CardLegendButton';
