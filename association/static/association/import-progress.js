// The progress page of a catalogue import (templates/association/admin/import_job.html):
// polls the job's JSON endpoint and updates the counts in place; once the import has
// finished it reloads the page, which then shows the report. Without this script the
// page shows the same figures on each reload.
(function () {
  "use strict";
  var section = document.querySelector("[data-import-job]");
  if (!section || ["queued", "running"].indexOf(section.dataset.status) === -1) {
    return;
  }
  var url = section.dataset.progressUrl;
  var delay = 1000;

  function show(data) {
    section.querySelectorAll("[data-field]").forEach(function (element) {
      var name = element.dataset.field;
      if (name === "bar") {
        element.max = Math.max(data.total_rows, 1);
        element.value = data.rows_done;
      } else if (name in data) {
        element.textContent = data[name];
      }
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        show(data);
        if (data.finished) {
          window.location.reload();
          return;
        }
        delay = 1000;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // The server may be restarting: try again, less often.
        delay = Math.min(delay * 2, 15000);
        window.setTimeout(poll, delay);
      });
  }

  var reload = section.querySelector("[data-reload]");
  if (reload) {
    reload.hidden = true; // the figures update by themselves
  }
  window.setTimeout(poll, delay);
})();
