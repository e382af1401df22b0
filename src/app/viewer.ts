import { useOutletContext } from 'react-router';
import type { User } from '../domain';

/** The signed-in person, provided by the layout to every route below it. */
export function useViewer(): User {
  return useOutletContext<User>();
}
