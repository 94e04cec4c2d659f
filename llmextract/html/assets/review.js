/* llmextract review mode: correct one article's result in the browser and download it as a gold
   line (gold format v2). The state lives in localStorage under the article's id and text hash, so
   closing the page loses nothing. Every string is set with textContent or as a form value, never
   parsed as HTML. Offsets: the gold format counts code points, the browser UTF-16 units; the state
   keeps units and the gold line converts them. */
(function () {
  "use strict";
  var seed = JSON.parse(document.getElementById("review-data").textContent);
  var text = seed.article.text;
  var textEl = document.getElementById("text");
  var statusEl = document.getElementById("rv-status");
  var selectionEl = document.getElementById("rv-selection");
  var lineEl = document.getElementById("rv-line");
  var KINDS = { direct: "direct speech", indirect: "reported speech" };
  var TYPES = ["person", "organization", "state", "group", "other"];
  var POLARITIES = ["support", "oppose", "neutral"];
  var STORE_VERSION = 1;
  var chosen = null; // the last words selected in the text, as [start, end) in UTF-16 units

  // unitsAt[point] and pointAt[unit]: the two ways of counting the same text.
  var unitsAt = [0], pointAt = [];
  (function () {
    var points = 0;
    for (var i = 0; i < text.length; ) {
      var wide = text.codePointAt(i) > 0xffff;
      pointAt[i] = points;
      if (wide) { pointAt[i + 1] = points; }
      i += wide ? 2 : 1;
      points += 1;
      unitsAt[points] = i;
    }
    pointAt[text.length] = points;
  }());
  function toUnits(span) { return span ? [unitsAt[span[0]], unitsAt[span[1]]] : null; }
  function toPoints(span) { return [pointAt[span[0]], pointAt[span[1]]]; }
  function words(span) { return text.slice(span[0], span[1]); }

  function fresh() {
    return {
      next: 1,
      actors: seed.actors.map(function (a) {
        return { key: a.key, name: a.name, type: a.type, aliases: a.aliases.slice(),
          mentions: a.mentions.map(toUnits), status: "open", merged: null, added: [] };
      }),
      quotes: seed.quotes.map(function (q) {
        return { key: q.key, span: toUnits([q.start, q.end]), kind: q.kind, speaker: q.speaker,
          speakerName: q.speaker_name, speakerSpan: toUnits(q.speaker_span), cueSpan: toUnits(q.cue_span),
          cue: q.cue, status: "open" };
      }),
      stances: seed.stances.map(function (s) {
        return { key: s.key, holder: s.holder, holderName: s.holder_name, target: s.target, topic: s.topic,
          polarity: s.polarity, evidence: s.evidence.map(toUnits), status: "open" };
      })
    };
  }

  function restore() {
    try {
      var raw = window.localStorage.getItem(seed.storage_key);
      var kept = raw ? JSON.parse(raw) : null;
      return kept && kept.version === STORE_VERSION ? kept.state : null;
    } catch (e) {
      return null; // storage disabled or unreadable: start from the results
    }
  }
  var kept = restore();
  var state = kept || fresh();
  var note = kept ? "your corrections were restored from this browser" : null;

  function save() {
    try {
      window.localStorage.setItem(seed.storage_key, JSON.stringify({ version: STORE_VERSION, state: state }));
      return true;
    } catch (e) {
      return false;
    }
  }

  function actor(key) {
    for (var i = 0; i < state.actors.length; i++) { if (state.actors[i].key === key) { return state.actors[i]; } }
    return null;
  }
  /** The actor a key stands for after merges, or null (unknown or marked wrong). */
  function live(key) {
    var a = key ? actor(key) : null;
    while (a && a.merged) { a = actor(a.merged); }
    return a && a.status !== "wrong" ? a : null;
  }
  function liveActors() { return state.actors.filter(function (a) { return !a.merged && a.status !== "wrong"; }); }
  function byStart(a, b) { return a.span[0] - b.span[0] || b.span[1] - a.span[1]; }
  function newKey(prefix) { state.next += 1; return prefix + "-new" + state.next; }

  // ---- the gold line -------------------------------------------------------------------------
  function goldArticle() {
    var quotes = state.quotes.filter(function (q) { return q.status !== "wrong"; }).sort(byStart).map(function (q) {
      var a = live(q.speaker);
      var name = a ? a.name : (q.speaker ? null : q.speakerName || null);
      var span = toPoints(q.span);
      return {
        start: span[0], end: span[1], text: words(q.span), kind: q.kind, speaker: name,
        speaker_spans: name && q.speakerSpan ? [toPoints(q.speakerSpan)] : [],
        cue: q.cueSpan ? words(q.cueSpan) : q.cue || null,
        cue_span: q.cueSpan ? toPoints(q.cueSpan) : null,
        parts: []
      };
    });
    var stances = [];
    state.stances.forEach(function (s) {
      if (s.status === "wrong") { return; }
      var holder = s.holder ? live(s.holder) : null;
      var target = s.target ? live(s.target) : null;
      var holderName = holder ? holder.name : (s.holder ? "" : s.holderName || "");
      var targetName = target ? target.name : (s.target ? "" : (s.topic || "").trim());
      if (!holderName || !targetName) { return; }
      stances.push({ holder: holderName, target: targetName, polarity: s.polarity,
        evidence: s.evidence.map(toPoints) });
    });
    return {
      id: seed.article.id, text: text, title: seed.article.title, lang: seed.article.lang,
      tasks: ["quotes", "actors", "stances"], quotes: quotes,
      actors: liveActors().map(function (a) {
        return { name: a.name, type: a.type, aliases: a.aliases.filter(function (n) { return n !== a.name; }) };
      }),
      stances: stances
    };
  }

  // ---- the text, marked anew from the state ---------------------------------------------------
  function renderText() {
    var quotes = state.quotes.slice().sort(byStart);
    var cuts = [0, text.length];
    quotes.forEach(function (q) { cuts.push(q.span[0], q.span[1]); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var colours = {};
    state.actors.forEach(function (a, i) { colours[a.key] = i % 10; });
    var seen = {};
    var out = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var lo = cuts[i], hi = cuts[i + 1];
      var node = document.createTextNode(text.slice(lo, hi));
      var covering = quotes.filter(function (q) { return q.span[0] <= lo && hi <= q.span[1] && q.span[0] < q.span[1]; });
      for (var k = covering.length - 1; k >= 0; k--) {
        var q = covering[k], a = live(q.speaker);
        var mark = document.createElement("mark");
        mark.className = "q q-" + q.kind + " " + (a ? "spk-" + colours[a.key] : "spk-none") +
          (q.status === "wrong" ? " rv-wrong" : q.status === "right" ? " rv-right" : "");
        mark.dataset.quote = q.key;
        mark.dataset.actor = a ? a.key : "";
        if (!seen[q.key]) {
          seen[q.key] = true;
          mark.id = "quote-" + q.key;
          mark.tabIndex = 0;
          mark.setAttribute("aria-describedby", "tip");
          mark.setAttribute("aria-keyshortcuts", "R W Enter");
        } else {
          mark.classList.add("q-cont");
        }
        mark.appendChild(node);
        node = mark;
      }
      out.appendChild(node);
    }
    textEl.replaceChildren(out);
  }

  // ---- small builders of form controls --------------------------------------------------------
  function el(tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") { e.textContent = props[k]; } else if (k === "data") {
        Object.keys(props.data).forEach(function (d) { e.dataset[d] = props.data[d]; });
      } else { e.setAttribute(k, props[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function button(id, label, onClick, pressed) {
    var b = el("button", { type: "button", id: id, text: label });
    if (pressed !== undefined) { b.setAttribute("aria-pressed", String(pressed)); }
    b.addEventListener("click", onClick);
    return b;
  }
  function select(id, label, options, value, onChange) {
    var s = el("select", { id: id });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0], text: o[1] });
      if (o[0] === value) { opt.selected = true; }
      s.appendChild(opt);
    });
    s.addEventListener("change", function () { onChange(s.value); });
    return el("label", { "for": id, "class": "rv-field" }, [el("span", { text: label }), s]);
  }
  function input(id, label, value, onChange) {
    var i = el("input", { id: id, type: "text", value: value || "" });
    i.value = value || "";
    i.addEventListener("change", function () { onChange(i.value); });
    return el("label", { "for": id, "class": "rv-field" }, [el("span", { text: label }), i]);
  }
  function verdict(prefix, item, what) {
    return el("span", { "class": "rv-verdict", role: "group", "aria-label": what }, [
      button(prefix + "-right", "Right", function () { change(function () { item.status = item.status === "right" ? "open" : "right"; }); }, item.status === "right"),
      button(prefix + "-wrong", "Wrong", function () { change(function () { item.status = item.status === "wrong" ? "open" : "wrong"; }); }, item.status === "wrong")
    ]);
  }
  function actorOptions(none) {
    return [["", none]].concat(liveActors().map(function (a) { return [a.key, a.name]; }));
  }
  function needSelection() {
    if (chosen) { return chosen; }
    statusEl.textContent = "Select words in the article text first.";
    return null;
  }

  // ---- the three lists ------------------------------------------------------------------------
  function quoteCard(q) {
    var p = "rv-" + q.key;
    var a = live(q.speaker);
    return el("li", { "class": "rv-card rv-" + q.status, id: p, data: { quote: q.key } }, [
      el("p", { "class": "rv-head" }, [el("strong", { text: q.key }), el("span", { "class": "rv-words", text: words(q.span) })]),
      verdict(p, q, "Is this quote right?"),
      select(p + "-speaker", "Speaker", actorOptions(q.speakerName ? "other: " + q.speakerName : "no known speaker"),
        a ? a.key : "", function (v) { change(function () { setSpeaker(q, v || null); }); }),
      select(p + "-kind", "Kind", [["direct", KINDS.direct], ["indirect", KINDS.indirect]], q.kind,
        function (v) { change(function () { q.kind = v; }); }),
      el("span", { "class": "rv-actions" }, [
        button(p + "-span", "Quote is the selected words", function () {
          var s = needSelection(); if (s) { change(function () { q.span = s.slice(); }); }
        }),
        button(p + "-mention", "Speaker mention is the selected words", function () {
          var s = needSelection(); if (s) { change(function () { q.speakerSpan = s.slice(); }); }
        }),
        button(p + "-show", "Show in text", function () { focusMark(q.key); })
      ])
    ]);
  }

  function setSpeaker(q, key) {
    q.speaker = key;
    q.speakerName = null;
    var a = live(key);
    var mentions = a ? a.mentions : [];
    q.speakerSpan = null;
    mentions.forEach(function (m) {
      var d = Math.min(Math.abs(m[0] - q.span[1]), Math.abs(q.span[0] - m[1]));
      if (!q.speakerSpan || d < Math.min(Math.abs(q.speakerSpan[0] - q.span[1]), Math.abs(q.span[0] - q.speakerSpan[1]))) {
        q.speakerSpan = m.slice();
      }
    });
  }

  function actorCard(a) {
    var p = "rv-" + a.key;
    if (a.merged) {
      var into = actor(a.merged);
      return el("li", { "class": "rv-card rv-merged", id: p }, [
        el("p", { "class": "rv-head", text: a.name + " — merged into " + (into ? into.name : "?") }),
        button(p + "-unmerge", "Undo the merge", function () { change(function () { unmerge(a); }); })
      ]);
    }
    var others = liveActors().filter(function (o) { return o.key !== a.key; });
    var mergeTarget = el("select", { id: p + "-into" });
    others.forEach(function (o) { mergeTarget.appendChild(el("option", { value: o.key, text: o.name })); });
    var alias = el("select", { id: p + "-alias" });
    a.aliases.filter(function (n) { return n !== a.name; }).forEach(function (n) { alias.appendChild(el("option", { value: n, text: n })); });
    return el("li", { "class": "rv-card rv-" + a.status, id: p, data: { actor: a.key } }, [
      el("p", { "class": "rv-head" }, [el("strong", { text: a.name }),
        el("span", { "class": "rv-meta", text: a.mentions.length + " mention" + (a.mentions.length === 1 ? "" : "s") +
          (a.aliases.length ? " · also: " + a.aliases.join(", ") : "") })]),
      verdict(p, a, "Is this actor right?"),
      input(p + "-name", "Name", a.name, function (v) { change(function () { if (v.trim()) { a.name = v.trim(); } }); }),
      select(p + "-type", "Type", TYPES.map(function (t) { return [t, t]; }), a.type,
        function (v) { change(function () { a.type = v; }); }),
      others.length ? el("span", { "class": "rv-actions" }, [
        el("label", { "for": p + "-into", "class": "rv-field" }, [el("span", { text: "Same actor as" }), mergeTarget]),
        button(p + "-merge", "Merge", function () { change(function () { merge(a, actor(mergeTarget.value)); }); })
      ]) : null,
      alias.options.length ? el("span", { "class": "rv-actions" }, [
        el("label", { "for": p + "-alias", "class": "rv-field" }, [el("span", { text: "Another actor is" }), alias]),
        button(p + "-split", "Split off", function () { change(function () { split(a, alias.value); }); })
      ]) : null
    ]);
  }

  function merge(a, into) {
    if (!into || into === a) { return; }
    a.merged = into.key;
    a.added = [a.name].concat(a.aliases).filter(function (n) { return n !== into.name && into.aliases.indexOf(n) < 0; });
    into.aliases = into.aliases.concat(a.added);
    say(a.name + " merged into " + into.name + ".");
  }
  function unmerge(a) {
    var into = actor(a.merged);
    if (into) { into.aliases = into.aliases.filter(function (n) { return a.added.indexOf(n) < 0; }); }
    a.merged = null;
    a.added = [];
  }
  /** A new actor named by one of a's aliases: the mentions with those words, and the quotes they speak, move to it. */
  function split(a, name) {
    if (!name) { return; }
    var b = { key: newKey("a"), name: name, type: a.type, aliases: [], mentions: [], status: "right", merged: null, added: [] };
    a.aliases = a.aliases.filter(function (n) { return n !== name; });
    b.mentions = a.mentions.filter(function (m) { return words(m) === name; });
    a.mentions = a.mentions.filter(function (m) { return words(m) !== name; });
    state.quotes.forEach(function (q) {
      if (q.speaker === a.key && q.speakerSpan && words(q.speakerSpan) === name) { q.speaker = b.key; }
    });
    state.actors.push(b);
    say(name + " is now an actor of its own.");
  }

  function stanceCard(s) {
    var p = "rv-" + s.key;
    var holder = live(s.holder), target = live(s.target);
    var targets = actorOptions("a topic (below)");
    var line = (holder ? holder.name : s.holderName || "?") + " " + s.polarity + " · " + (target ? target.name : s.topic || "?");
    return el("li", { "class": "rv-card rv-" + s.status, id: p, data: { stance: s.key } }, [
      el("p", { "class": "rv-head" }, [el("strong", { text: s.key }), el("span", { text: line })]),
      verdict(p, s, "Is this stance right?"),
      select(p + "-holder", "Holder", actorOptions(s.holderName ? "other: " + s.holderName : "choose an actor"),
        holder ? holder.key : "", function (v) { change(function () { s.holder = v || null; }); }),
      select(p + "-polarity", "Polarity", POLARITIES.map(function (x) { return [x, x]; }), s.polarity,
        function (v) { change(function () { s.polarity = v; }); }),
      select(p + "-target", "Target", targets, target ? target.key : "",
        function (v) { change(function () { s.target = v || null; }); }),
      target ? null : input(p + "-topic", "Topic", s.topic, function (v) { change(function () { s.topic = v; }); }),
      el("span", { "class": "rv-actions" }, [
        button(p + "-evidence", "Evidence is the selected words", function () {
          var sel = needSelection(); if (sel) { change(function () { s.evidence = [sel.slice()]; }); }
        })
      ]),
      s.evidence.length ? el("q", { "class": "evidence", text: s.evidence.map(words).join(" … ") }) : null
    ]);
  }

  // ---- drawing, saving, telling ---------------------------------------------------------------
  function say(message) { note = message; }

  function counts() {
    function reviewed(list) { return list.filter(function (x) { return x.status !== "open"; }).length + " of " + list.length; }
    var open = state.actors.filter(function (a) { return !a.merged; });
    return reviewed(state.quotes) + " quotes, " + reviewed(open) + " actors, " + reviewed(state.stances) + " stances reviewed";
  }

  function render() {
    var focused = document.activeElement && document.activeElement.id;
    renderText();
    document.getElementById("rv-quotes").replaceChildren.apply(
      document.getElementById("rv-quotes"), state.quotes.slice().sort(byStart).map(quoteCard));
    document.getElementById("rv-actors").replaceChildren.apply(
      document.getElementById("rv-actors"), state.actors.map(actorCard));
    document.getElementById("rv-stances").replaceChildren.apply(
      document.getElementById("rv-stances"), state.stances.map(stanceCard));
    lineEl.value = JSON.stringify(goldArticle());
    var again = focused ? document.getElementById(focused) : null;
    if (again) { again.focus(); }
  }

  function tell(prefix, suffix) {
    statusEl.textContent = (prefix ? prefix + " · " : "") + counts() + (suffix ? " · " + suffix : "");
  }
  /** Apply one edit, keep the state in local storage, draw everything anew and say what happened. */
  function change(edit) {
    note = null;
    edit();
    var stored = save();
    render();
    tell(note, stored ? "saved in this browser" : "not saved: this browser keeps no local storage");
  }

  function focusMark(key) {
    var mark = document.getElementById("quote-" + key);
    if (mark) { mark.scrollIntoView({ block: "center" }); mark.focus(); }
  }

  function safeName(id) { return (id.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "") || "article").slice(0, 80); }

  function download() {
    var line = JSON.stringify(goldArticle()) + "\n";
    var a = el("a", { href: "data:application/x-ndjson;charset=utf-8," + encodeURIComponent(line),
      download: safeName(seed.article.id) + ".gold.jsonl" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    tell("Downloaded " + a.download, null);
  }

  // ---- selection, buttons, keys ---------------------------------------------------------------
  function offsetIn(node, offset) {
    var r = document.createRange();
    r.setStart(textEl, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!textEl.contains(range.startContainer) || !textEl.contains(range.endContainer)) { return; }
    var start = offsetIn(range.startContainer, range.startOffset), end = offsetIn(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start])) { start += 1; }
    while (end > start && /\s/.test(text[end - 1])) { end -= 1; }
    if (start === end) { return; }
    chosen = [start, end];
    selectionEl.textContent = "Selected: “" + words(chosen) + "”";
  });

  function addQuote() {
    var s = needSelection();
    if (!s) { return; }
    change(function () {
      var opens = /^["“„«]/.test(words(s));
      state.quotes.push({ key: newKey("q"), span: s.slice(), kind: opens ? "direct" : "indirect", speaker: null,
        speakerName: null, speakerSpan: null, cueSpan: null, cue: null, status: "right" });
      say("Quote added: choose its speaker.");
    });
  }
  document.getElementById("rv-add-quote").addEventListener("click", addQuote);
  document.getElementById("rv-add-actor").addEventListener("click", function () {
    var s = needSelection();
    if (!s) { return; }
    change(function () {
      state.actors.push({ key: newKey("a"), name: words(s), type: "person", aliases: [], mentions: [s.slice()],
        status: "right", merged: null, added: [] });
      say("Actor added: " + words(s) + ".");
    });
  });
  document.getElementById("rv-add-stance").addEventListener("click", function () {
    change(function () {
      var first = liveActors()[0];
      state.stances.push({ key: newKey("s"), holder: first ? first.key : null, holderName: null, target: null,
        topic: "", polarity: "neutral", evidence: chosen ? [chosen.slice()] : [], status: "right" });
      say("Stance added: choose its holder, target and polarity.");
    });
  });
  document.getElementById("rv-download").addEventListener("click", download);
  document.getElementById("rv-reset").addEventListener("click", function () {
    if (!window.confirm("Forget the corrections made on this page and start again from the results?")) { return; }
    try { window.localStorage.removeItem(seed.storage_key); } catch (e) { /* nothing kept */ }
    state = fresh();
    change(function () { say("Started again from the results."); });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey && (ev.key === "q" || ev.key === "Q")) { ev.preventDefault(); addQuote(); return; }
    var mark = ev.target instanceof Element ? ev.target.closest("#text mark.q[data-quote]") : null;
    if (!mark || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var q = state.quotes.filter(function (x) { return x.key === mark.dataset.quote; })[0];
    if (!q) { return; }
    var key = ev.key.toLowerCase();
    if (key === "r" || key === "w") {
      ev.preventDefault();
      change(function () { q.status = key === "r" ? "right" : "wrong"; say(q.key + " marked " + (key === "r" ? "right" : "wrong") + "."); });
      focusMark(q.key);
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      var card = document.getElementById("rv-" + q.key + "-right");
      if (card) { card.scrollIntoView({ block: "center" }); card.focus(); }
    }
  });

  render();
  tell(null, note);
}());
