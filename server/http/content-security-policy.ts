/**
 * The app's Content-Security-Policy, written once: the server sends it as a header (with
 * `frame-ancestors`, which only works there), and the build puts the rest in a <meta> tag (vite.config.ts)
 * for hosts that send no header.
 *
 * The one inline <style> the app ever needs is the scroll lock Radix dialogs inject (react-remove-scroll);
 * its text is constant because the app shell never scrolls the body. tests/e2e/mock/csp.spec.ts fails on any
 * violation, so a library update that changes it is caught.
 */
const DIALOG_SCROLL_LOCK_STYLE_HASH = "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='";

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${DIALOG_SCROLL_LOCK_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the <meta> tag: browsers ignore `frame-ancestors` there. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For the HTTP header: nobody may frame the app (clickjacking). */
export const HEADER_CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
