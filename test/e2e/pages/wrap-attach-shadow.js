// A host page that wraps attachShadow itself, before any widget code runs: it counts the
// roots it saw and marks each, and forces delegatesFocus (a change a page may make).
const native = Element.prototype.attachShadow;
window.pageRoots = 0;
Element.prototype.attachShadow = function (init) {
  const root = native.call(this, { ...init, delegatesFocus: true });
  window.pageRoots++;
  root.pageWrapped = true;
  return root;
};
