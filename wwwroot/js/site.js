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

// "Did this answer it?": reveal the buttons, send the reader's answer once, and say what happened.
function wireFeedback() {
  document.querySelectorAll('[data-feedback]').forEach((box) => {
    if (!(box instanceof HTMLElement) || box.dataset.wired === '1') {
      return;
    }
    box.dataset.wired = '1';
    box.hidden = false;
    const thanks = box.querySelector('.feedback__thanks');
    box.querySelectorAll('button[data-helped]').forEach((button) => {
      button.addEventListener('click', async () => {
        box.querySelectorAll('button').forEach((b) => { b.disabled = true; });
        let message = 'Your answer could not be sent just now.';
        try {
          const response = await fetch('/api/feedback', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-KB-Feedback': '1' },
            body: JSON.stringify({ number: box.dataset.feedback, helped: button.dataset.helped === 'true' }),
          });
          if (response.ok) {
            const answer = await response.json();
            message = answer.message;
          }
        } catch {
          // The message above says it.
        }
        if (thanks) {
          thanks.textContent = message;
        }
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', wireFeedback);
if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
  window.Blazor.addEventListener('enhancedload', wireFeedback);
}

// A search whose results the reader leaves without opening any is worth an editor's look: tell the site (a beacon,
// which survives the page going away). Following any link in the results (an article, a filter, another page) is
// not leaving them unopened. Blazor's enhanced navigation replaces the page without unloading it, so leaving is also
// noticed when the next page comes in.
let watchedSearch = null;
function reportAbandonedSearch() {
  if (watchedSearch && !watchedSearch.followed && navigator.sendBeacon) {
    navigator.sendBeacon('/api/search/abandoned', new Blob([JSON.stringify({ q: watchedSearch.query })], { type: 'application/json' }));
  }
  watchedSearch = null;
}
function watchSearchResults() {
  const results = document.querySelector('[data-search-abandon]');
  if (watchedSearch && watchedSearch.element === results) {
    return;
  }
  reportAbandonedSearch();
  if (!(results instanceof HTMLElement) || !results.dataset.searchAbandon) {
    return;
  }
  const watched = { element: results, query: results.dataset.searchAbandon, followed: false };
  results.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) {
      watched.followed = true;
    }
  });
  watchedSearch = watched;
}
window.addEventListener('pagehide', reportAbandonedSearch);
document.addEventListener('DOMContentLoaded', watchSearchResults);
if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
  window.Blazor.addEventListener('enhancedload', watchSearchResults);
}
