/**
 * Which requests the mock API answers: everything under its base, matched by prefix. Not with an MSW path
 * pattern such as `${base}/*`: matching one decodes the URL, and a malformed escape (`/candidates/%E0%A4%A`)
 * throws inside MSW, which then answers 500 with a stack trace. The router answers such a request itself.
 */
export function underBase(base: string) {
  return ({ request }: { request: Request }): boolean => {
    const root = new URL(base.endsWith('/') ? base : `${base}/`, globalThis.location?.href ?? 'http://localhost/');
    const url = new URL(request.url);
    return url.origin === root.origin && url.pathname.startsWith(root.pathname);
  };
}
