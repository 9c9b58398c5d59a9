// The header search box as an ARIA 1.2 combobox: suggestions from /<lang>/search/autocomplete/
// while typing (debounced), arrow keys move through them, Enter opens one, Escape closes the list.
// Without this module the form simply submits to the search page.

const DEBOUNCE_MS = 200;
const MIN_LENGTH = 2;

function enhance(container) {
    const input = container.querySelector("input");
    const listbox = container.querySelector("[role=listbox]");
    const status = container.querySelector("[role=status]");
    const endpoint = container.dataset.autocompleteUrl;
    let options = [];
    let active = -1;
    let timer = null;
    let controller = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
        listbox.hidden = true;
        listbox.replaceChildren();
        options = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function activate(index) {
        options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
        active = index;
        if (index < 0) {
            input.removeAttribute("aria-activedescendant");
        } else {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        }
    }

    function show(results) {
        close();
        options = results.map((result, index) => {
            const option = document.createElement("li");
            option.id = `${listbox.id}-option-${index}`;
            option.className = "site-search__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.url = result.url;
            const title = document.createElement("span");
            title.textContent = result.title;
            const type = document.createElement("span");
            type.className = "site-search__option-type";
            type.textContent = result.type;
            option.append(title, type);
            // mousedown, not click: the input must keep the focus.
            option.addEventListener("mousedown", (event) => {
                event.preventDefault();
                window.location.assign(result.url);
            });
            return option;
        });
        status.textContent = options.length
            ? container.dataset.countTemplate.replace("{count}", options.length)
            : container.dataset.noneText;
        if (!options.length) return;
        listbox.append(...options);
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
    }

    async function suggest() {
        const query = input.value.trim();
        if (query.length < MIN_LENGTH) {
            close();
            status.textContent = "";
            return;
        }
        controller?.abort();
        controller = new AbortController();
        try {
            const url = `${endpoint}?q=${encodeURIComponent(query)}`;
            const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
            if (!response.ok) return;
            const data = await response.json();
            if (input.value.trim() === query) show(data.results);
        } catch (error) {
            if (error.name !== "AbortError") close();
        }
    }

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(suggest, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", (event) => {
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (!options.length) return;
            event.preventDefault();
            const step = event.key === "ArrowDown" ? 1 : -1;
            activate((active + step + options.length) % options.length);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            window.location.assign(options[active].dataset.url);
        } else if (event.key === "Escape") {
            if (!listbox.hidden) {
                event.preventDefault();
                close();
            } else {
                input.value = "";
            }
        }
    });

    input.addEventListener("blur", () => setTimeout(close, 150));
}

document.querySelectorAll(".site-search__combobox[data-autocomplete-url]").forEach(enhance);
