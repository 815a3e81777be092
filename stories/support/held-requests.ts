/*
 * The "loading" examples point `src` at a URL ending in /never-answers.json. A real server
 * would answer at some point; here the request is held open until the widget gives up
 * (abort), so designers and tests can see the loading state for as long as they like.
 * Every other request goes to the network untouched.
 */
const HELD = /\/never-answers\.json(\?|#|$)/;
let installed = false;

export function holdNeverAnsweringRequests(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!HELD.test(url)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  };
}
