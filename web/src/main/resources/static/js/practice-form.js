// The practice form, made smoother where JavaScript runs; without it every button still works.
// - The error summary takes the focus on load, so a screen reader reads it first.
// - Autosave: a few seconds after the author stops typing, the form is posted to its autosave
//   URL and the live region says when the draft was saved. The first autosave of a new practice
//   creates it; from then on the form posts to the practice's own URLs.
// Row buttons (add, move, remove) are swapped in place by htmx (hx-post on each button); htmx
// focuses the row marked autofocus in the new form.
(function () {
  'use strict';
  var QUIET_MS = 4000;
  var timer = null;
  var saving = false;

  function form() {
    return document.getElementById('practice-form');
  }

  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  function say(text) {
    var status = document.getElementById('autosave-status');
    if (status) {
      status.textContent = text;
    }
  }

  function time() {
    return new Date().toLocaleTimeString(document.documentElement.lang || undefined,
        {hour: '2-digit', minute: '2-digit'});
  }

  function autosave() {
    var current = form();
    if (!current || saving) {
      return;
    }
    saving = true;
    // URL-encoded like the form's own post: as multipart each field is a part, and the web app's
    // Tomcat refuses a request of more than a few parts (the autosave never saved the full form).
    var body = new URLSearchParams(new FormData(current));
    body.set('action', 'save');
    fetch(current.dataset.autosave, {method: 'POST', body: body, headers: {'Accept': 'application/json'},
      credentials: 'same-origin'})
      .then(function (response) {
        return response.json().catch(function () {
          return {saved: false};
        });
      })
      .then(function (answer) {
        if (answer.saved) {
          // The next save is made from the version just saved (the registry refuses an older one).
          var version = current.querySelector('input[name=version]');
          if (!version) {
            version = document.createElement('input');
            version.type = 'hidden';
            version.name = 'version';
            current.appendChild(version);
          }
          version.value = answer.version;
          current.action = answer.action;
          current.dataset.autosave = answer.autosave;
          document.querySelectorAll('[hx-post]').forEach(function (button) {
            button.setAttribute('hx-post', answer.action);
            button.setAttribute('formaction', answer.action + (button.getAttribute('formaction') || '').replace(/^[^#]*/, ''));
          });
          // htmx reads a button's hx-post once, when it processes the button: without processing them
          // again a row button still posted to the new-practice URL, and the next save made a second practice.
          if (window.htmx) {
            window.htmx.process(current);
          }
          if (window.history && window.history.replaceState) {
            window.history.replaceState(null, '', answer.action);
          }
          say(current.dataset.savedMessage.replace('{0}', time()));
        } else {
          say(current.dataset.notSavedMessage);
        }
      })
      .catch(function () {
        say(current.dataset.notSavedMessage);
      })
      .finally(function () {
        saving = false;
      });
  }

  document.addEventListener('input', function (event) {
    if (form() && form().contains(event.target)) {
      clearTimeout(timer);
      timer = setTimeout(autosave, QUIET_MS);
    }
  });
  // An explicit save (or a row button) supersedes a pending autosave.
  document.addEventListener('submit', function () {
    clearTimeout(timer);
  });
  document.addEventListener('DOMContentLoaded', focusErrorSummary);
})();
