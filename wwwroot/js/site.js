// "/" focuses the search box from anywhere on the site, unless the reader is already typing in a field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const target = event.target;
  const typing = target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if (typing) {
    return;
  }
  const box = document.querySelector('[data-search-shortcut]');
  if (box instanceof HTMLInputElement) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

// Ctrl+Enter (or Cmd+Enter) in a text area marked for it submits its form: pasting and submitting without the mouse.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
    return;
  }
  const target = event.target;
  if (target instanceof HTMLTextAreaElement && target.hasAttribute('data-submit-on-ctrl-enter') && target.form) {
    event.preventDefault();
    target.form.requestSubmit();
  }
});

// Results that a form post produced take the focus, so the keyboard and a screen reader land on them (the element
// says what was found). Nothing else moves the focus on load: the first Tab reaches "Skip to content".
function focusResults() {
  const target = document.querySelector('[data-focus-on-load]');
  if (target instanceof HTMLElement) {
    target.focus();
  }
}
document.addEventListener('DOMContentLoaded', focusResults);
if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
  window.Blazor.addEventListener('enhancedload', focusResults);
}
