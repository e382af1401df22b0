export { PersonaSwitcher } from './PersonaSwitcher';
export { SignInScreen } from './SignInScreen';
