// The calculator's budget follows the form while the student changes it. The module asks the server
// for the page the "Calculate" button would load and takes its totals, breakdown and messages from
// it, so amounts, plurals and translations stay the server's own. Without this module (or offline)
// the button does the same with a page load.

const DEBOUNCE_MS = 250;
const PARTS = [".costs__totals", ".costs__breakdown"];

function enhance(form) {
    const result = document.querySelector(".costs__result");
    if (!result) {
        return;
    }
    let timer = null;
    let controller = null;

    async function update() {
        // A value the browser refuses (months outside 1–12) is explained when the form is sent.
        if (!form.checkValidity()) {
            return;
        }
        if (controller) {
            controller.abort();
        }
        controller = new AbortController();
        const url = `${form.action}?${new URLSearchParams(new FormData(form))}`;
        let html;
        try {
            const response = await fetch(url, { signal: controller.signal });
            if (!response.ok) {
                return;
            }
            html = await response.text();
        } catch {
            // Aborted by a newer change, or offline: the button still sends the form.
            return;
        }
        const page = new DOMParser().parseFromString(html, "text/html");
        for (const selector of PARTS) {
            const shown = result.querySelector(selector);
            const fresh = page.querySelector(`.costs__result ${selector}`);
            if (shown && fresh) {
                shown.replaceChildren(...fresh.childNodes);
            }
        }
        document.querySelectorAll(".costs__message").forEach((message) => message.remove());
        form.before(...page.querySelectorAll(".costs__message"));
        // The address is the budget's: it can be printed, bookmarked or shared as shown.
        history.replaceState(null, "", url);
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(update, DEBOUNCE_MS);
    }

    form.addEventListener("change", schedule);
    form.addEventListener("input", schedule);
}

document.querySelectorAll(".costs__form").forEach(enhance);
