/* Suggestions in the search boxes, as the WAI-ARIA 1.2 combobox pattern with a listbox
   popup and list autocomplete (no option is highlighted until the visitor moves to one).

   A box opts in with a wrapper `<div class="autocomplete" data-autocomplete="URL">`
   around its input, URL being /api/search/autocomplete/ with its `type` and `lang`; the
   messages (the popup's name, the counts announced) come from the page, in its language,
   in the JSON of #autocomplete-messages. Without this script the box is the plain GET
   form it always was. Choosing a suggestion puts it in the box and submits the form, as
   Enter does: the suggestions are titles, and a search for one lists that page first
   together with the active filters, rather than leaving the page the visitor chose to
   search from. */
(function () {
    "use strict";

    var DEBOUNCE_MS = 200;
    // One letter suggests half the catalogue; two begin to say what is meant.
    var MIN_LENGTH = 2;

    var source = document.getElementById("autocomplete-messages");
    if (!source || !window.fetch) {
        return;
    }
    var messages = JSON.parse(source.textContent);

    function announcement(count) {
        var key = String(count);
        return messages.counts[key] || "";
    }

    // The title, with the beginnings of its words that the visitor typed in bold, so
    // that the eye finds why each suggestion is there.
    function marked(option, title, text) {
        var words = text.toLowerCase().split(" ").filter(function (word) {
            return word.length > 0;
        });
        var lower = title.toLowerCase();
        var position = 0;
        var pattern = /[^\s«»"“”„(\[—–-]+/g;
        var match;
        while ((match = pattern.exec(title)) !== null) {
            var start = match.index;
            var longest = 0;
            words.forEach(function (word) {
                if (lower.substr(start, word.length) === word && word.length > longest) {
                    longest = Math.min(word.length, match[0].length);
                }
            });
            if (!longest) {
                continue;
            }
            option.appendChild(document.createTextNode(title.slice(position, start)));
            var strong = document.createElement("strong");
            strong.textContent = title.substr(start, longest);
            option.appendChild(strong);
            position = start + longest;
        }
        option.appendChild(document.createTextNode(title.slice(position)));
    }

    function Combobox(wrapper) {
        this.wrapper = wrapper;
        this.input = wrapper.querySelector("input");
        this.form = this.input.form;
        this.url = wrapper.getAttribute("data-autocomplete");
        this.options = [];
        this.active = -1;
        this.sequence = 0;
        this.timer = null;
        this.controller = null;
        this.shownFor = null;
        this.build();
        this.listen();
    }

    Combobox.prototype.build = function () {
        var input = this.input;
        var listbox = document.createElement("ul");
        listbox.id = input.id + "-suggestions";
        listbox.className = "autocomplete__list";
        listbox.setAttribute("role", "listbox");
        listbox.setAttribute("aria-label", messages.label);
        listbox.hidden = true;
        var status = document.createElement("div");
        status.id = input.id + "-status";
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        status.setAttribute("aria-atomic", "true");
        this.wrapper.appendChild(listbox);
        this.wrapper.appendChild(status);
        this.listbox = listbox;
        this.status = status;

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);
        // The browser's own list of earlier entries would cover ours.
        input.setAttribute("autocomplete", "off");
        this.wrapper.classList.add("autocomplete--ready");
    };

    Combobox.prototype.listen = function () {
        var self = this;
        this.input.addEventListener("input", function () {
            self.typed();
        });
        this.input.addEventListener("keydown", function (event) {
            self.key(event);
        });
        this.input.addEventListener("blur", function () {
            self.close();
        });
        // Pressing on an option must not take the focus from the box (which would close
        // the popup before the click): the option is chosen on click, by mouse or touch.
        this.listbox.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        this.listbox.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) {
                self.choose(Number(option.getAttribute("data-index")));
            }
        });
    };

    Combobox.prototype.text = function () {
        return this.input.value.replace(/\s+/g, " ").trim();
    };

    Combobox.prototype.typed = function () {
        var self = this;
        this.unhighlight();
        window.clearTimeout(this.timer);
        if (this.text().length < MIN_LENGTH) {
            this.forget();
            return;
        }
        this.timer = window.setTimeout(function () {
            self.request(self.text());
        }, DEBOUNCE_MS);
    };

    // Whatever was asked before is of no use any more: drop its answer if it comes.
    Combobox.prototype.forget = function () {
        this.sequence += 1;
        if (this.controller) {
            this.controller.abort();
            this.controller = null;
        }
        this.options = [];
        this.shownFor = null;
        this.close();
        this.status.textContent = "";
    };

    Combobox.prototype.request = function (text) {
        var self = this;
        if (text === this.shownFor) {
            if (this.options.length) {
                this.open();
            }
            return;
        }
        this.sequence += 1;
        var number = this.sequence;
        if (this.controller) {
            this.controller.abort();
        }
        this.controller = window.AbortController ? new AbortController() : null;
        var separator = this.url.indexOf("?") === -1 ? "?" : "&";
        window
            .fetch(this.url + separator + "q=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: this.controller ? this.controller.signal : undefined
            })
            .then(function (response) {
                return response.ok ? response.json() : { results: [] };
            })
            .then(function (data) {
                // Only the answer to the latest request, and only while the box still
                // holds what it answers: a slow early answer never replaces a later one.
                if (number !== self.sequence || self.text() !== text) {
                    return;
                }
                self.show(text, data.results || []);
            })
            .catch(function () {
                // Aborted or offline: the box works as a plain search box meanwhile.
            });
    };

    Combobox.prototype.show = function (text, titles) {
        var listbox = this.listbox;
        this.options = titles;
        this.shownFor = text;
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
        while (listbox.firstChild) {
            listbox.removeChild(listbox.firstChild);
        }
        titles.forEach(function (title, index) {
            var option = document.createElement("li");
            option.id = listbox.id + "-" + index;
            option.className = "autocomplete__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-index", String(index));
            marked(option, title, text);
            listbox.appendChild(option);
        });
        if (titles.length && document.activeElement === this.input) {
            this.open();
        } else {
            this.close();
        }
        this.status.textContent = titles.length ? announcement(titles.length) : messages.none;
    };

    Combobox.prototype.isOpen = function () {
        return !this.listbox.hidden;
    };

    Combobox.prototype.open = function () {
        this.listbox.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
    };

    Combobox.prototype.close = function () {
        this.unhighlight();
        this.listbox.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
    };

    Combobox.prototype.highlight = function (index) {
        this.unhighlight();
        var option = this.listbox.children[index];
        if (!option) {
            return;
        }
        this.active = index;
        option.setAttribute("aria-selected", "true");
        this.input.setAttribute("aria-activedescendant", option.id);
        if (option.scrollIntoView) {
            option.scrollIntoView({ block: "nearest" });
        }
    };

    // Visual focus back in the box itself (typing, Home, End, Left, Right).
    Combobox.prototype.unhighlight = function () {
        var option = this.active >= 0 ? this.listbox.children[this.active] : null;
        if (option) {
            option.setAttribute("aria-selected", "false");
        }
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
    };

    Combobox.prototype.choose = function (index) {
        var title = this.options[index];
        if (title === undefined) {
            return;
        }
        window.clearTimeout(this.timer);
        this.input.value = title;
        this.forget();
        if (this.form.requestSubmit) {
            this.form.requestSubmit();
        } else {
            this.form.submit();
        }
    };

    Combobox.prototype.key = function (event) {
        if (event.isComposing || event.ctrlKey || event.metaKey) {
            return;
        }
        var count = this.options.length;
        switch (event.key) {
            case "ArrowDown":
                event.preventDefault();
                if (!this.isOpen()) {
                    if (count) {
                        this.open();
                        if (!event.altKey) {
                            this.highlight(0);
                        }
                    } else if (this.text().length >= MIN_LENGTH) {
                        window.clearTimeout(this.timer);
                        this.request(this.text());
                    }
                } else if (!event.altKey) {
                    this.highlight((this.active + 1) % count);
                }
                break;
            case "ArrowUp":
                if (!count) {
                    return;
                }
                event.preventDefault();
                if (!this.isOpen()) {
                    this.open();
                    this.highlight(count - 1);
                } else {
                    this.highlight(this.active <= 0 ? count - 1 : this.active - 1);
                }
                break;
            case "Enter":
                if (this.isOpen() && this.active >= 0) {
                    event.preventDefault();
                    this.choose(this.active);
                } else {
                    this.close();
                }
                break;
            case "Escape":
                // Open: close and keep the text (a search box would otherwise clear it).
                // Closed: the browser's own Escape, which empties a search box.
                if (this.isOpen()) {
                    event.preventDefault();
                    this.close();
                }
                break;
            case "Tab":
                if (this.isOpen() && this.active >= 0) {
                    this.input.value = this.options[this.active];
                    this.shownFor = this.text();
                }
                this.close();
                break;
            case "Home":
            case "End":
            case "ArrowLeft":
            case "ArrowRight":
                this.unhighlight();
                break;
            default:
                break;
        }
    };

    Array.prototype.forEach.call(document.querySelectorAll("[data-autocomplete]"), function (wrapper) {
        if (wrapper.querySelector("input")) {
            new Combobox(wrapper);
        }
    });
})();
