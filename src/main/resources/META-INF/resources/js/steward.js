// Sends the CSRF token with every htmx request (the forms also carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.getAttribute('content');
  }
});

// Quick picks of a due time (tags/dueTimes.html): a tap fills the form's field named by data-fill.
document.addEventListener('click', function (event) {
  var pick = event.target.closest('[data-fill]');
  if (!pick) {
    return;
  }
  var form = pick.closest('form');
  var field = form ? form.querySelector('[name="' + pick.dataset.fill + '"]') : null;
  if (field) {
    field.value = pick.dataset.value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
});
