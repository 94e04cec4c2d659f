/* llmextract corpus dashboard: the reviewer's split and join choices as the aliases file that
   "llmextract corpus --aliases" reads. Names come from data attributes, never parsed as HTML. */
(function () {
  "use strict";
  var button = document.getElementById("aliases-download");
  if (!button) { return; }
  var shown = document.getElementById("aliases-json");
  var statusEl = document.getElementById("aliases-status");
  var choices = Array.prototype.slice.call(document.querySelectorAll("select.merge-choice"));

  function aliasesFile() {
    var file = { aliases: {}, never_merge: [] };
    choices.forEach(function (s) {
      if (!s.value) { return; }
      if (s.dataset.kind === "split") {
        file.never_merge.push([s.dataset.canonical, s.dataset.name]);
      } else {
        file.aliases[s.dataset.name] = s.value;
      }
    });
    return file;
  }
  function show() {
    var file = aliasesFile();
    shown.textContent = JSON.stringify(file, null, 2);
    var n = Object.keys(file.aliases).length + file.never_merge.length;
    statusEl.textContent = n + " choice" + (n === 1 ? "" : "s");
  }
  choices.forEach(function (s) { s.addEventListener("change", show); });
  button.addEventListener("click", function () {
    var link = document.createElement("a");
    link.href = "data:application/json;charset=utf-8," + encodeURIComponent(JSON.stringify(aliasesFile(), null, 2) + "\n");
    link.download = "aliases.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    statusEl.textContent = "Downloaded aliases.json";
  });
  show();
}());
