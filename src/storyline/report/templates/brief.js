(function () {
  "use strict";
  var pinned = [];
  var lit = [];

  function marksFor(button) {
    var found = [];
    (button.getAttribute("data-cite") || "").split(" ").forEach(function (id) {
      if (!/^c[0-9]+$/.test(id)) { return; }
      document.querySelectorAll('[data-m~="' + id + '"]').forEach(function (el) { found.push(el); });
    });
    var sentence = button.parentNode.previousElementSibling;
    if (sentence && sentence.classList.contains("sum-s")) { found.push(sentence); }
    return found;
  }

  function light(elements) {
    lit.forEach(function (el) { el.classList.remove("lit"); });
    lit = elements;
    lit.forEach(function (el) { el.classList.add("lit"); });
  }

  function openAround(el) {
    for (var node = el; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
  }

  function keepInView(pop) {
    pop.style.left = "";
    var rect = pop.getBoundingClientRect();
    var room = document.documentElement.clientWidth - 12;
    if (rect.right > room) { pop.style.left = (pop.offsetLeft - (rect.right - room)) + "px"; }
  }

  function closePopovers(except) {
    document.querySelectorAll(".cite[aria-expanded='true']").forEach(function (button) {
      if (button === except) { return; }
      button.setAttribute("aria-expanded", "false");
      button.nextElementSibling.hidden = true;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.cite") : null;
    if (button) {
      var open = button.getAttribute("aria-expanded") !== "true";
      closePopovers(button);
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.nextElementSibling.hidden = !open;
      if (open) { keepInView(button.nextElementSibling); }
      pinned = open ? marksFor(button) : [];
      pinned.forEach(function (el) { if (el.classList.contains("m")) { openAround(el); } });
      light(pinned);
      return;
    }
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { openAround(target); }
    }
    if (!event.target.closest || !event.target.closest(".pop")) {
      closePopovers(null);
      pinned = [];
      light([]);
    }
  });

  document.querySelectorAll("button.cite").forEach(function (button) {
    button.addEventListener("mouseenter", function () { light(marksFor(button)); });
    button.addEventListener("mouseleave", function () { light(pinned); });
    button.addEventListener("focus", function () { light(marksFor(button)); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closePopovers(null); pinned = []; light([]); }
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (el) { el.open = true; });
  });

  if (location.hash.length > 1) {
    var start = document.getElementById(location.hash.slice(1));
    if (start) { openAround(start); }
  }
})();
