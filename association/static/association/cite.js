/* The Cite dialog's Copy buttons: they put a reference's text on the clipboard and say so
   in the dialog's status line. Without this script the buttons stay hidden and the
   references are selected and copied by hand. */
(function () {
    "use strict";

    var panel = document.querySelector(".cite__panel");
    if (!panel || !navigator.clipboard) {
        return;
    }
    var status = panel.querySelector(".cite__status");
    panel.querySelectorAll("[data-copy]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var reference = document.getElementById(button.getAttribute("data-copy"));
            var text = reference.textContent.replace(/\s+/g, " ").trim();
            navigator.clipboard.writeText(text).then(
                function () {
                    status.textContent = panel.getAttribute("data-copied");
                },
                function () {
                    status.textContent = panel.getAttribute("data-copy-failed");
                }
            );
        });
    });
})();
