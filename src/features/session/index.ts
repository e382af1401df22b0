export { sessionQueryOptions } from './api';
export { PersonaSwitcher } from './PersonaSwitcher';
export { SignInScreen } from './SignInScreen';
