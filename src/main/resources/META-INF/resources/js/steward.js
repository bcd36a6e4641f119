// Sends the CSRF token with every htmx request (the forms also carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.getAttribute('content');
  }
});
