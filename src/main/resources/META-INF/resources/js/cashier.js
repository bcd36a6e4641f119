// The print buttons of receipts, statements and the fee sheet (no inline scripts: the CSP forbids them).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
