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
  // Reading aids: the links work without JavaScript (a server round trip); with it, the
  // choice is stored in the same cookie and applied at once.
  var SIZE_CLASSES = { thuong: "", lon: "text-large", "rat-lon": "text-xlarge" };
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-reading]");
    if (!link) {
      return;
    }
    event.preventDefault();
    var name = link.getAttribute("data-reading");
    var value = link.getAttribute("data-value");
    var secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = name + "=" + value + "; path=/; max-age=31536000; samesite=lax" + secure;
    var root = document.documentElement;
    if (name === "co_chu") {
      root.classList.remove("text-large", "text-xlarge");
      if (SIZE_CLASSES[value]) {
        root.classList.add(SIZE_CLASSES[value]);
      }
      document.querySelectorAll("[data-reading=co_chu]").forEach(function (other) {
        if (other === link) {
          other.setAttribute("aria-current", "true");
        } else {
          other.removeAttribute("aria-current");
        }
      });
    } else {
      var on = value === "cao";
      root.classList.toggle("contrast-high", on);
      link.setAttribute("data-value", on ? "thuong" : "cao");
      link.href = link.href.replace(/tuong-phan=[a-z]+/, "tuong-phan=" + (on ? "thuong" : "cao"));
      if (on) {
        link.setAttribute("aria-current", "true");
      } else {
        link.removeAttribute("aria-current");
      }
      var state = link.querySelector(".visually-hidden");
      if (state) {
        state.textContent = on ? ": đang bật, chọn để tắt" : ": đang tắt, chọn để bật";
      }
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
