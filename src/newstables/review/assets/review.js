/* newstables review pages: tooltips, row <-> words links, layer switches. No network, no eval,
   no HTML parsing: only nodes the generator wrote are cloned or shown. */
(function () {
  "use strict";
  var doc = document;
  var text = doc.getElementById("text");
  var tip = doc.getElementById("tip");

  function ready() {
    doc.body.setAttribute("data-ready", "1");
    doc.body.setAttribute("data-marks", String(doc.querySelectorAll("mark.ann").length));
  }
  if (!text || !tip) { ready(); return; }

  function quoteAttr(value) { return '"' + value.replace(/["\\]/g, "\\$&") + '"'; }
  function annChain(el) {
    var out = [];
    while (el && el !== text) {
      if (el.classList && el.classList.contains("ann")) { out.push(el); }
      el = el.parentNode;
    }
    return out;
  }
  function ids(el, attr) {
    return (el.getAttribute(attr) || "").split(" ").filter(Boolean);
  }

  function hideTip() { tip.hidden = true; tip.textContent = ""; }
  function showTip(el) {
    var seen = {};
    tip.textContent = "";
    annChain(el).forEach(function (mark) {
      ids(mark, "data-ids").forEach(function (id) {
        var desc = doc.getElementById("d-" + id);
        if (!desc || seen[id]) { return; }
        seen[id] = true;
        var copy = desc.cloneNode(true);
        copy.removeAttribute("id");
        tip.appendChild(copy);
      });
    });
    if (!tip.firstChild) { hideTip(); return; }
    tip.hidden = false;
    var rect = el.getBoundingClientRect();
    var left = window.scrollX + rect.left;
    var maxLeft = window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(left, maxLeft)) + "px";
    tip.style.top = (window.scrollY + rect.bottom + 8) + "px";
  }

  function clearFlash() {
    Array.prototype.forEach.call(doc.querySelectorAll(".flash"), function (el) {
      el.classList.remove("flash");
    });
  }

  /* A side-table row: highlight its words in the text and move there. */
  function goToWords(row) {
    var target = row.getAttribute("data-target");
    var attr = row.getAttribute("data-kind") === "entity" ? "data-entity" : "data-ids";
    var marks = text.querySelectorAll("mark[" + attr + "~=" + quoteAttr(target) + "]");
    if (!marks.length) { return false; }
    clearFlash();
    row.classList.add("flash");
    Array.prototype.forEach.call(marks, function (m) { m.classList.add("flash"); });
    marks[0].scrollIntoView({ block: "center" });
    marks[0].focus({ preventScroll: true });
    return true;
  }

  /* Words in the text: highlight the rows they come from in the side tables. */
  function goToRows(el) {
    var rows = [];
    annChain(el).forEach(function (mark) {
      ids(mark, "data-ids").concat(ids(mark, "data-entity")).forEach(function (id) {
        var found = doc.querySelectorAll("tr[data-target=" + quoteAttr(id) + "]");
        Array.prototype.push.apply(rows, Array.prototype.slice.call(found));
      });
    });
    clearFlash();
    rows.forEach(function (r) { r.classList.add("flash"); });
    if (rows.length) { rows[0].scrollIntoView({ block: "nearest" }); }
  }

  text.addEventListener("mouseover", function (e) {
    var mark = e.target.closest && e.target.closest("mark.ann");
    if (mark) { showTip(mark); } else if (!text.contains(doc.activeElement)) { hideTip(); }
  });
  text.addEventListener("mouseleave", hideTip);
  text.addEventListener("focusin", function (e) {
    if (e.target.classList && e.target.classList.contains("ann")) { showTip(e.target); }
  });
  text.addEventListener("focusout", hideTip);
  text.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark.ann");
    if (mark) { goToRows(mark); }
  });
  text.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.classList.contains("ann")) {
      e.preventDefault();
      goToRows(e.target);
    }
  });
  doc.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });

  Array.prototype.forEach.call(doc.querySelectorAll("tr[data-target]"), function (row) {
    row.addEventListener("click", function (e) {
      if (e.target.closest("a[href^='http']")) { return; }
      if (goToWords(row)) { e.preventDefault(); }
    });
  });

  var toggles = doc.getElementById("toggles");
  if (toggles) {
    toggles.hidden = false;
    Array.prototype.forEach.call(toggles.querySelectorAll("input[data-layer]"), function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
      });
    });
  }
  ready();
})();
