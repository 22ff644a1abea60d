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
    // A print button (the timeline); inline handlers are not allowed by the content security policy.
    document.querySelectorAll("[data-print]").forEach(knop => knop.addEventListener("click", () => window.print()));
});
