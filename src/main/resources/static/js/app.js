import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// What the page is about takes the focus when it arrives (the counter's decision; the MRZ box when there is none),
// so a screen reader reads it first and the screen shows it: never a box further down that scrolls it away.
// An error summary (GOV.UK Frontend focuses it) comes before it.
const focus = document.querySelector('[data-nigehbaan-focus="true"]');
if (focus && !document.querySelector('.govuk-error-summary')) {
  focus.focus({ preventScroll: true });
  if (focus.tagName !== 'TEXTAREA' && focus.tagName !== 'INPUT') {
    focus.scrollIntoView({ block: 'start' });
  }
}

// After a CLEAR the next passport can be scanned at once: the scanner's first keystroke moves the focus to the MRZ
// box (the keystroke lands there), while the decision stays on the screen.
const next = document.querySelector('[data-nigehbaan-next]');
if (next) {
  next.addEventListener('keydown', (event) => {
    const box = document.getElementById(next.dataset.nigehbaanNext);
    if (box && event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
      box.focus({ preventScroll: true });
    }
  });
}

// A print button (manifests) prints the page; the print stylesheet leaves out menus and forms.
document.querySelectorAll('[data-nigehbaan-print]').forEach((b) => b.addEventListener('click', () => window.print()));

// htmx requests carry the CSRF token the page was rendered with.
document.body.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
