// Sends the CSRF token with every htmx request (the forms also carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.getAttribute('content');
  }
});

// The navigation's menus (the other groups of work, the account): one open at a time; a tap elsewhere or Escape
// closes them.
document.addEventListener('toggle', function (event) {
  var opened = event.target;
  if (opened.matches && opened.matches('.topbar details') && opened.open) {
    document.querySelectorAll('.topbar details[open]').forEach(function (other) {
      if (other !== opened) {
        other.open = false;
      }
    });
  }
}, true);
document.addEventListener('click', function (event) {
  document.querySelectorAll('.topbar details[open]').forEach(function (menu) {
    if (!menu.contains(event.target)) {
      menu.open = false;
    }
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') {
    document.querySelectorAll('.topbar details[open]').forEach(function (menu) {
      menu.open = false;
      menu.querySelector('summary').focus();
    });
  }
});

// A file picker (templates/tags/filePicker.html) names the file chosen, in the page's language.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (input.matches && input.matches('input[type=file][data-file-name]')) {
    var name = document.getElementById(input.dataset.fileName);
    if (name) {
      name.textContent = input.files.length ? input.files[0].name : name.dataset.none;
    }
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
