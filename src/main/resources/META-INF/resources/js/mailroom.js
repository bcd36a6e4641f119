// The receiver's signature, drawn with a finger or a stylus on a <canvas class="signature-pad">. Each stroke
// updates the hidden field named by data-signature-field with the canvas as a PNG data URL; "clear" empties both.
// Runs on page load and on every piece of page htmx swaps in (a form that came back with a message).
(function () {
  function setUp(canvas) {
    if (canvas.dataset.ready) {
      return;
    }
    canvas.dataset.ready = 'true';
    var field = document.getElementById(canvas.dataset.signatureField);
    var context = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    // A form that came back refused (a wrong pickup code) keeps the signature already drawn.
    if (field && field.value.indexOf('data:image/png;base64,') === 0) {
      var drawnBefore = new Image();
      drawnBefore.onload = function () {
        context.drawImage(drawnBefore, 0, 0, canvas.width, canvas.height);
      };
      drawnBefore.src = field.value;
    }

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) * (canvas.width / box.width),
        y: (event.clientY - box.top) * (canvas.height / box.height)
      };
    }

    canvas.addEventListener('pointerdown', function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      drawing = true;
      var p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
      context.lineTo(p.x + 0.1, p.y + 0.1);
      context.stroke();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) {
        return;
      }
      event.preventDefault();
      var p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
      drawn = true;
    });
    function end() {
      if (!drawing) {
        return;
      }
      drawing = false;
      if (drawn && field) {
        field.value = canvas.toDataURL('image/png');
      }
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('pointerleave', end);
  }

  function clear(button) {
    var canvas = document.getElementById(button.dataset.signatureClear);
    if (!canvas) {
      return;
    }
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    var field = document.getElementById(canvas.dataset.signatureField);
    if (field) {
      field.value = '';
    }
  }

  function setUpAll(root) {
    root.querySelectorAll('canvas.signature-pad').forEach(setUp);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-signature-clear]');
    if (button) {
      clear(button);
    }
  });
  document.addEventListener('htmx:load', function (event) {
    setUpAll(event.detail.elt);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { setUpAll(document); });
  } else {
    setUpAll(document);
  }
})();
