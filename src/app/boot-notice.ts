import { createContext } from 'react';

/** A message from start-up for the person, e.g. that saved demo data was unreadable and was reset. */
export const BootNoticeContext = createContext<string | null>(null);
