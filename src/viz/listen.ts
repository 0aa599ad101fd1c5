/**
 * Add an event listener and get back the function that removes it. Everything the app attaches
 * to the window or the document goes through here, so each piece can return its cleanup.
 */
export function listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (ev: WindowEventMap[K]) => void, options?: boolean | AddEventListenerOptions): () => void;
export function listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (ev: DocumentEventMap[K]) => void, options?: boolean | AddEventListenerOptions): () => void;
export function listen<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (ev: HTMLElementEventMap[K]) => void, options?: boolean | AddEventListenerOptions): () => void;
export function listen(target: EventTarget, type: string, fn: (ev: Event) => void, options?: boolean | AddEventListenerOptions): () => void {
  target.addEventListener(type, fn, options);
  return () => target.removeEventListener(type, fn, options);
}
