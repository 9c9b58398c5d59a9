// Progressive enhancement of the consent banner: save the choice without a reload, then load the
// consented scripts. Without JavaScript the same form posts and the server redirects back.
const form = document.querySelector("[data-consent-form]");
const banner = document.querySelector("[data-consent-banner]");
const status = document.querySelector("[data-consent-status]");

function loadScripts(urls) {
    for (const url of urls) {
        const known = [...document.scripts].some((script) => script.getAttribute("src") === url);
        if (!known) {
            const script = document.createElement("script");
            script.src = url;
            script.defer = true;
            document.body.append(script);
        }
    }
}

async function save(event) {
    const submitter = event.submitter;
    if (!submitter || !window.fetch) {
        return;
    }
    event.preventDefault();
    let response;
    try {
        // form.action would be the buttons named "action", not the attribute.
        response = await fetch(form.getAttribute("action"), {
            method: "POST",
            body: new FormData(form, submitter),
            headers: { Accept: "application/json" },
            credentials: "same-origin",
        });
    } catch {
        response = null;
    }
    if (!response || !response.ok) {
        // Fall back to the plain form post, which shows the server's answer.
        form.removeEventListener("submit", save);
        form.requestSubmit(submitter);
        return;
    }
    const result = await response.json();
    loadScripts(result.scripts);
    banner.remove();
    status.textContent = result.message;
    document.getElementById("main-content")?.focus();
}

if (form && banner && status) {
    form.addEventListener("submit", save);
}
