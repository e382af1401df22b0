export { reviewKeys, reviewQueueQueryOptions } from './api';
export { ReviewNavLink } from './ReviewNavLink';
export { ReviewPage } from './ReviewPage';
export { ReviewQueuePage } from './ReviewQueuePage';
