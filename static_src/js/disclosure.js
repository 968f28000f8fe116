// Disclosures for narrow screens (the main menu, the resource database's filters): an
// element marked data-disclosure holds a button marked data-disclosure-toggle and the
// content that button shows or hides. Without this script the content is simply shown;
// with it, the stylesheet hides the content on narrow screens until the button opens it.
// It is loaded in the page's head, not deferred: the class it sets on the root element
// folds the content from the first paint on, so nothing jumps when the page has loaded.
(function () {
    "use strict";

    document.documentElement.classList.add("has-disclosures");

    function setUp(container) {
        var button = container.querySelector("[data-disclosure-toggle]");
        if (!button) {
            return;
        }
        container.classList.add("is-collapsible");
        button.setAttribute("aria-expanded", "false");

        function show(open) {
            container.classList.toggle("is-open", open);
            button.setAttribute("aria-expanded", open ? "true" : "false");
        }

        button.addEventListener("click", function () {
            show(button.getAttribute("aria-expanded") !== "true");
        });
        container.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
                show(false);
                button.focus();
            }
        });
    }

    function start() {
        document.querySelectorAll("[data-disclosure]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
