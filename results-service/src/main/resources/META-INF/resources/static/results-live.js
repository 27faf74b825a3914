// Two conveniences for the results page; the page is complete without them and the server stays the authority.

// A map tile leads to a unit's figures, which are folded (<details>): open the one the address names.
function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (target && target.tagName === 'DETAILS') {
    target.open = true;
  }
}
window.addEventListener('hashchange', openTarget);
openTarget();

// Provisional results update themselves: the page asks for the latest results with the ETag it was built from every
// `data-interval` seconds. An unchanged version answers 304 and costs nothing; a new one replaces the figures and is
// announced to screen readers. A final version has no `data-live`, so the asking stops.
const DEFAULT_INTERVAL = 15;

function watch() {
  const live = document.getElementById('results-live');
  if (!live || !live.dataset.live || !window.fetch || !window.DOMParser) {
    return;
  }
  const seconds = Number(live.dataset.interval) || DEFAULT_INTERVAL;
  window.setTimeout(async () => {
    try {
      const response = await fetch(live.dataset.live, {
        headers: { 'If-None-Match': live.dataset.etag, Accept: 'text/html' },
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (response.status === 200) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = page.getElementById('results-live');
        if (fresh && fresh.dataset.etag !== live.dataset.etag) {
          live.replaceWith(document.importNode(fresh, true));
          const announce = document.getElementById('results-announce');
          if (announce) {
            announce.textContent = fresh.dataset.status || '';
          }
          openTarget();
        }
      }
    } catch (error) {
      // Offline or the server is busy: ask again at the next turn.
    }
    watch();
  }, seconds * 1000);
}
watch();
