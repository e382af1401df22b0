export { RolePage } from './RolePage';
