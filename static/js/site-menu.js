// The header's disclosure (templates/components/_site_header.html) works without this module: on a
// small screen <details> opens and closes the menu by itself, and on a wide screen CSS shows it open.
// This module only keeps it open on wide screens of browsers without ::details-content, and lets
// Escape close it on a small one, returning focus to its toggle.

const wide = window.matchMedia("(min-width: 60em)");

for (const menu of document.querySelectorAll("[data-site-menu]")) {
    const sync = () => {
        menu.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    menu.addEventListener("keydown", (event) => {
        if (event.key !== "Escape" || wide.matches || !menu.open) return;
        menu.open = false;
        menu.querySelector("summary").focus();
    });
}
