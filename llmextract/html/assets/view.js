/* llmextract article view: details on hover/focus, actor selection. Data comes from #view-data;
   every string from it is set with textContent, never parsed as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("view-data").textContent);
  var tip = document.getElementById("tip");
  var statusEl = document.getElementById("status");
  var TARGETS = "mark.q[data-quote], .actor, .node-actor, .edge";
  var selected = null;
  var current = null;

  function byId(list) {
    var map = new Map();
    list.forEach(function (item) { map.set(item.id, item); });
    return map;
  }
  var quotes = byId(data.quotes), actors = byId(data.actors), stances = byId(data.stances);

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // Native tooltips are the fallback without script; with script the tip replaces them.
  document.querySelectorAll("mark.q[title]").forEach(function (el) { el.removeAttribute("title"); });
  document.querySelectorAll(".graph [tabindex] > title").forEach(function (t) {
    t.parentNode.setAttribute("aria-label", t.textContent);
    t.remove();
  });

  function fill(head, lines) {
    tip.replaceChildren();
    var strong = document.createElement("strong");
    strong.textContent = head;
    tip.appendChild(strong);
    lines.forEach(function (text) {
      if (!text) { return; }
      var span = document.createElement("span");
      span.className = "tip-line";
      span.textContent = text;
      tip.appendChild(span);
    });
  }

  function describe(el) {
    var q = el.matches("mark.q") ? quotes.get(el.dataset.quote) : undefined;
    if (q) {
      fill(q.speaker, [q.kind + (q.cue ? " · cue “" + q.cue + "”" : ""), "alignment: " + q.alignment]
        .concat(q.stances.map(function (line) { return "stance: " + line; })));
      return true;
    }
    var s = el.dataset.stance !== undefined ? stances.get(el.dataset.stance) : undefined;
    if (s) {
      fill(s.line, [s.evidence ? s.evidence_shown : "no evidence span"]);
      return true;
    }
    var a = el.dataset.actor !== undefined ? actors.get(el.dataset.actor) : undefined;
    if (a) {
      var held = data.stances.filter(function (st) { return st.holder_id === a.id; });
      fill(a.name, [a.type + (a.role ? " · " + a.role : ""),
        a.aliases.length ? "also: " + a.aliases.join(", ") : "",
        plural(a.quotes, "quote") + " · " + plural(held.length, "stance")]
        .concat(held.map(function (st) { return st.line; }))
        .concat([selected === a.id ? "Enter or click: clear the marks" : "Enter or click: mark their quotes"]));
      return true;
    }
    return false;
  }

  function setActive(el) {
    document.querySelectorAll("mark.q.is-active").forEach(function (m) { m.classList.remove("is-active"); });
    current = el;
    if (el && el.matches("mark.q")) {
      document.querySelectorAll("mark.q[data-quote]").forEach(function (m) {
        if (m.dataset.quote === el.dataset.quote) { m.classList.add("is-active"); }
      });
    }
  }

  function hide() { tip.hidden = true; setActive(null); }

  function show(el) {
    if (!describe(el)) { hide(); return; }
    setActive(el);
    tip.hidden = false;
    var rects = el.getClientRects();
    var box = rects.length ? rects[0] : el.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left, width - tip.offsetWidth - 8));
    tip.style.left = (window.scrollX + left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function target(ev) {
    return ev.target instanceof Element ? ev.target.closest(TARGETS) : null;
  }

  function select(id) {
    selected = id === selected ? null : id;
    document.body.classList.toggle("has-selection", selected !== null);
    var count = 0;
    document.querySelectorAll("mark.q[data-quote]").forEach(function (m) {
      var on = selected !== null && m.dataset.actor === selected;
      m.classList.toggle("is-marked", on);
      if (on && m.hasAttribute("tabindex")) { count += 1; }
    });
    document.querySelectorAll(".actor").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.actor === selected));
    });
    document.querySelectorAll(".node-actor").forEach(function (g) {
      g.classList.toggle("is-marked", g.dataset.actor === selected);
    });
    document.querySelectorAll(".edge").forEach(function (g) {
      var st = stances.get(g.dataset.stance);
      g.classList.toggle("is-marked", !!st && selected !== null &&
        (st.holder_id === selected || st.target_id === selected));
    });
    var a = selected === null ? undefined : actors.get(selected);
    statusEl.textContent = a ? plural(count, "quote") + " by " + a.name + " marked · Esc clears" : "";
    if (current) { show(current); }
  }

  document.addEventListener("mouseover", function (ev) {
    var el = target(ev);
    if (el) { show(el); } else if (!tip.hidden && document.activeElement !== current) { hide(); }
  });
  document.addEventListener("focusin", function (ev) {
    var el = target(ev);
    if (el) { show(el); } else { hide(); }
  });
  document.addEventListener("click", function (ev) {
    var el = ev.target instanceof Element ? ev.target.closest(".actor, .node-actor") : null;
    if (el) { select(el.dataset.actor); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      hide();
      if (selected !== null) { select(selected); }
      return;
    }
    var node = ev.target instanceof Element ? ev.target.closest(".node-actor") : null;
    if (node && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      select(node.dataset.actor);
    }
  });
  window.addEventListener("resize", hide);
}());
