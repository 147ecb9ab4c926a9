// Small enhancements only: the site works fully without JavaScript.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-print]");
    if (link) {
      event.preventDefault();
      window.print();
    }
  });
  // A table wider than the screen scrolls sideways: let keyboard users reach and scroll it.
  document.querySelectorAll(".prose figure.table, .prose > table").forEach(function (box) {
    if (box.scrollWidth > box.clientWidth) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Bảng số liệu (cuộn ngang để xem hết)");
    }
  });
})();
