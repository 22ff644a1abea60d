// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
    // Move focus to the error summary so screen reader users hear what went wrong.
    const samenvatting = document.querySelector(".foutsamenvatting");
    if (samenvatting) {
        samenvatting.focus();
    }
    // Show the interpreter language only when an interpreter is needed.
    const tolk = document.getElementById("tolkNodig");
    const tolkTaal = document.getElementById("tolkTaal-veld");
    if (tolk && tolkTaal) {
        const toon = () => { tolkTaal.hidden = !tolk.checked; };
        tolk.addEventListener("change", toon);
        toon();
    }
    // Drafts that must never be lost (the intake): every change is kept in this browser until the server has it;
    // after a timeout or a crash the page offers to put it back.
    document.querySelectorAll("form[data-concept-sleutel]").forEach(formulier => {
        const sleutel = "concept:" + formulier.dataset.conceptSleutel;
        const bewaarLokaal = () => {
            const waarden = {};
            new FormData(formulier).forEach((waarde, naam) => { if (naam !== "versie" && naam !== "_csrf") { waarden[naam] = waarde; } });
            localStorage.setItem(sleutel, JSON.stringify({ tijd: Date.now(), waarden }));
        };
        formulier.addEventListener("input", bewaarLokaal);
        formulier.addEventListener("change", bewaarLokaal);
        if (formulier.dataset.invoerBewaard !== undefined) {
            // The page right after a successful save of this form: the server has what was typed (issue 21 h1).
            localStorage.removeItem(sleutel);
        }
        const lokaal = JSON.parse(localStorage.getItem(sleutel) || "null");
        const herstel = document.getElementById("herstel");
        // After a refused save the page itself shows what was typed (data-invoer-getoond): no "niet-bewaarde invoer"
        // offer then, but the draft stays in this browser until the server has it (issue 21 h1, point 5).
        const getoond = formulier.dataset.invoerGetoond !== undefined;
        if (getoond) {
            // keep the draft, offer nothing
        } else if (lokaal && lokaal.tijd > Number(formulier.dataset.bewaardOp || 0) && herstel) {
            herstel.hidden = false;
            herstel.querySelector("[data-herstel]").addEventListener("click", () => {
                Object.entries(lokaal.waarden).forEach(([naam, waarde]) => {
                    formulier.querySelectorAll("[name='" + CSS.escape(naam) + "']").forEach(veld => {
                        if (veld.type === "checkbox") { veld.checked = true; } else { veld.value = waarde; }
                    });
                });
                herstel.hidden = true;
                formulier.dispatchEvent(new Event("change", { bubbles: true }));
            });
        } else if (lokaal) {
            localStorage.removeItem(sleutel);
        }
        formulier.addEventListener("htmx:afterRequest", gebeurtenis => {
            const xhr = gebeurtenis.detail.xhr;
            if (gebeurtenis.detail.successful && xhr && !xhr.responseURL.includes("/login")) {
                localStorage.removeItem(sleutel);
            } else if (xhr && xhr.status === 403 && xhr.getResponseHeader("Inburgeringsregie-Geweigerd") !== "sessie"
                    && formulier.dataset.geenRecht) {
                // Signed in, but without the right to change this (issue 21 point 9): say so, not "session expired".
                document.getElementById("bewaarstatus").textContent = formulier.dataset.geenRecht;
            } else {
                document.getElementById("bewaarstatus").textContent = formulier.dataset.sessieVerlopen;
            }
        });
    });
    // Signing out on purpose also removes drafts kept in this browser (they may hold special-category data).
    document.querySelectorAll("form[action$='/logout']").forEach(uitloggen => uitloggen.addEventListener("submit", () => {
        Object.keys(localStorage).filter(sleutel => sleutel.startsWith("concept:")).forEach(sleutel => localStorage.removeItem(sleutel));
    }));
    // A print button (the timeline); inline handlers are not allowed by the content security policy.
    document.querySelectorAll("[data-print]").forEach(knop => knop.addEventListener("click", () => window.print()));
});

// h4 (issue 21 point 13): on a narrow screen the header menu folds behind a "Menu" button (CSS decides when); without
// JavaScript the button stays hidden and the menu open.
document.addEventListener("DOMContentLoaded", () => {
    const menuknop = document.querySelector(".kop__menuknop");
    if (!menuknop) {
        return;
    }
    const kop = menuknop.closest(".kop");
    kop.classList.add("kop--inklapbaar");
    menuknop.hidden = false;
    menuknop.addEventListener("click", () => {
        const open = menuknop.getAttribute("aria-expanded") !== "true";
        menuknop.setAttribute("aria-expanded", String(open));
        kop.classList.toggle("kop--open", open);
    });
});

// h4 (issue 21 point 13): a table wider than its frame (a phone) scrolls inside the frame; such a frame takes keyboard
// focus, named after its table, so that it can be scrolled without a mouse (WCAG 2.1.1). Checked again on resize and
// after htmx swaps content in.
const tabelrandenBijwerken = () => {
    document.querySelectorAll(".tabelrand").forEach(rand => {
        const scrollt = rand.scrollWidth > rand.clientWidth + 1;
        if (scrollt && !rand.dataset.scrollbaar) {
            const tabel = rand.querySelector("table");
            const kop = tabel && tabel.getAttribute("aria-labelledby") && document.getElementById(tabel.getAttribute("aria-labelledby"));
            const naam = tabel && (tabel.getAttribute("aria-label") || (kop && kop.textContent.trim())
                || (tabel.caption && tabel.caption.textContent.trim()));
            rand.dataset.scrollbaar = "ja";
            rand.tabIndex = 0;
            rand.setAttribute("role", "region");
            if (naam) {
                rand.setAttribute("aria-label", naam);
            }
        } else if (!scrollt && rand.dataset.scrollbaar) {
            delete rand.dataset.scrollbaar;
            rand.removeAttribute("tabindex");
            rand.removeAttribute("role");
            rand.removeAttribute("aria-label");
        }
    });
};
document.addEventListener("DOMContentLoaded", tabelrandenBijwerken);
window.addEventListener("resize", tabelrandenBijwerken);
document.addEventListener("htmx:afterSettle", tabelrandenBijwerken);
