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
  // The menu is a <details>; on phones start it closed so content comes first.
  var menu = document.querySelector(".site-nav__menu");
  if (menu && window.matchMedia("(max-width: 47.99em)").matches) {
    menu.removeAttribute("open");
  }
})();
