// What every page does with script (the pages work without it; the Content-Security-Policy allows no
// inline script, so this is a file of its own).

// A phone's menu: collapsed behind its button, which says whether it is open.
function menu() {
  const button = document.querySelector('.tizim-menu-toggle');
  const panel = document.getElementById('tizim-menu');
  if (!button || !panel) {
    return;
  }
  document.documentElement.classList.add('tizim-js');
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = !panel.classList.contains('tizim-open');
    panel.classList.toggle('tizim-open', open);
    button.setAttribute('aria-expanded', String(open));
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.classList.contains('tizim-open')) {
      panel.classList.remove('tizim-open');
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
}

// After a failed submit the page comes back with its error summary: the focus goes there, so a screen
// reader reads it and the keyboard continues from it to the fields marked wrong.
function errorSummary() {
  const summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
}

function start() {
  menu();
  errorSummary();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
