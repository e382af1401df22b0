export { roleKeys, roleQueryOptions, roleStatsQueryOptions } from './api';
export { RolePage } from './RolePage';
