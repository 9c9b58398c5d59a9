// Opens gallery photos large in a modal dialog. Without JavaScript each thumbnail is a plain link
// to a page with the large photo, so this module only enhances.
// Keyboard: Left/Right arrows move between photos, Escape closes, Tab cycles through the dialog's
// buttons; focus returns to the thumbnail that opened it.

function createDialog(grid) {
    const labels = grid.dataset;
    const dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", labels.labelDialog);
    dialog.innerHTML = `
        <figure class="lightbox__figure">
            <img class="lightbox__image" alt="">
            <figcaption class="lightbox__caption"></figcaption>
        </figure>
        <p class="lightbox__position" aria-live="polite"></p>
        <div class="lightbox__controls">
            <button type="button" class="lightbox__button" data-action="previous"></button>
            <button type="button" class="lightbox__button" data-action="next"></button>
            <button type="button" class="lightbox__button lightbox__button--close" data-action="close"></button>
        </div>`;
    dialog.querySelector("[data-action=previous]").textContent = labels.labelPrevious;
    dialog.querySelector("[data-action=next]").textContent = labels.labelNext;
    dialog.querySelector("[data-action=close]").textContent = labels.labelClose;
    document.body.append(dialog);
    return dialog;
}

function enhance(grid) {
    const links = [...grid.querySelectorAll("a[data-lightbox-src]")];
    if (!links.length) return;
    const dialog = createDialog(grid);
    const image = dialog.querySelector(".lightbox__image");
    const caption = dialog.querySelector(".lightbox__caption");
    const position = dialog.querySelector(".lightbox__position");
    let current = 0;
    let opener = null;

    function show(index) {
        current = (index + links.length) % links.length;
        const link = links[current];
        const thumbnail = link.querySelector("img");
        const figcaption = link.closest("figure")?.querySelector("figcaption");
        image.src = link.dataset.lightboxSrc;
        image.width = Number(link.dataset.lightboxWidth);
        image.height = Number(link.dataset.lightboxHeight);
        image.alt = thumbnail ? thumbnail.alt : "";
        caption.textContent = figcaption ? figcaption.textContent : "";
        caption.hidden = !figcaption;
        position.textContent = grid.dataset.labelPosition
            .replace("{number}", current + 1)
            .replace("{count}", links.length);
    }

    links.forEach((link, index) => {
        link.addEventListener("click", (event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            opener = link;
            show(index);
            dialog.showModal();
            dialog.querySelector("[data-action=close]").focus();
        });
    });

    dialog.addEventListener("click", (event) => {
        const action = event.target.closest("[data-action]")?.dataset.action;
        if (action === "previous") show(current - 1);
        else if (action === "next") show(current + 1);
        else if (action === "close" || event.target === dialog) dialog.close();
    });

    dialog.addEventListener("keydown", (event) => {
        const rtl = document.documentElement.dir === "rtl";
        if (event.key === "Tab") {
            // A modal dialog makes the page inert, but Tab would still leave for the browser's own UI.
            const buttons = [...dialog.querySelectorAll("button")];
            const edge = event.shiftKey ? buttons[0] : buttons[buttons.length - 1];
            if (document.activeElement === edge) {
                event.preventDefault();
                (event.shiftKey ? buttons[buttons.length - 1] : buttons[0]).focus();
            }
            return;
        }
        if (event.key === "ArrowRight") show(current + (rtl ? -1 : 1));
        else if (event.key === "ArrowLeft") show(current + (rtl ? 1 : -1));
        else return;
        event.preventDefault();
    });

    dialog.addEventListener("close", () => {
        image.removeAttribute("src");
        opener?.focus();
    });
}

document.querySelectorAll("[data-lightbox]").forEach(enhance);
