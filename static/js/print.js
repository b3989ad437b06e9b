// "Print the activity card": a link to the print view that works without JavaScript;
// with it, the browser's print dialog opens on the page itself (the card is styled for print).
document.querySelectorAll("[data-print]").forEach((link) => {
  link.addEventListener("click", (event) => {
    if (typeof window.print !== "function") return;
    event.preventDefault();
    window.print();
  });
});
