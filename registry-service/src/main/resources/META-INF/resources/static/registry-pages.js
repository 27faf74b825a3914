// Two conveniences for the party agent's pages. Both forms work without this script; the server
// stays the authority and answers with its own report.

// The member list upload: the same form post, sent with XMLHttpRequest so its progress can be shown;
// the answer (the party's page with the outcome) then replaces the page's content.
function watchUpload(form) {
  const progress = document.getElementById(form.dataset.uploadProgress);
  if (!progress || !window.FormData) {
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.responseType = 'document';
    progress.value = 0;
    progress.textContent = '0 %';
    progress.parentElement.hidden = false;
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const percent = Math.round((e.loaded / e.total) * 100);
        progress.value = percent;
        progress.textContent = percent + ' %';
      }
    });
    request.addEventListener('load', () => {
      const answer = request.response && request.response.querySelector('main');
      if (!answer) {
        form.submit();
        return;
      }
      const main = document.querySelector('main');
      main.innerHTML = answer.innerHTML;
      start(main);
      const result = document.getElementById('upload-result');
      if (result) {
        result.focus();
      }
    });
    // Without an answer to show, fall back to the plain form post.
    request.addEventListener('error', () => form.submit());
    request.send(new FormData(form));
  });
}

// The party list's quota, counted as the rows are filled in: names in one of the counted categories
// against 30 % of the names rounded up (PartyListRules), and the names against seats + 30 %.
function watchQuota(form) {
  const percent = Number(form.dataset.quotaPercent);
  const maxNames = Number(form.dataset.maxNames);
  const counted = (form.dataset.quotaCategories || '').split(' ');
  const shown = (name) => form.querySelector('[data-quota="' + name + '"]');
  const filled = (row) => Array.from(row.querySelectorAll('input[type=text], input[type=date], input[type=number]'))
    .some((input) => input.value.trim() !== '');
  const recount = () => {
    const rows = Array.from(form.querySelectorAll('.candidate-row')).filter(filled);
    const quota = rows.filter((row) => {
      const category = row.querySelector('select[name$=".quotaCategory"]');
      return category && counted.includes(category.value);
    }).length;
    const required = Math.ceil((rows.length * percent) / 100);
    shown('names').textContent = rows.length;
    shown('count').textContent = quota;
    shown('required').textContent = required;
    shown('short').hidden = quota >= required;
    shown('long').hidden = rows.length <= maxNames;
  };
  form.addEventListener('input', recount);
  form.addEventListener('change', recount);
  recount();
}

function start(root) {
  root.querySelectorAll('form[data-upload-progress]').forEach(watchUpload);
  root.querySelectorAll('form[data-quota-percent]').forEach(watchQuota);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => start(document));
} else {
  start(document);
}
