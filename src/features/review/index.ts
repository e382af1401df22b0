export { ReviewNavLink } from './ReviewNavLink';
export { ReviewPage } from './ReviewPage';
export { ReviewQueuePage } from './ReviewQueuePage';
