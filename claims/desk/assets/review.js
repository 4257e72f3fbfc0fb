"use strict";
// The claims review: every value is put in the page with textContent, never parsed as HTML.
(function () {
  var data = JSON.parse(document.getElementById("claims-data").textContent);
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function chainText(chain) {
    return chain.map(function (l) { return l.relation === "speaker" ? l.name : l.name + " (" + l.relation + ")"; }).join(" \u2190 ") || "(no source)";
  }
  function fragment() {
    // the claim id after "#"; a fragment that is not valid percent-encoding ("#%") is no id
    try { return decodeURIComponent(window.location.hash.slice(1)); } catch (e) { return ""; }
  }
  if (data.page === "index") indexPage(); else documentPage();

  function indexPage() {
    var rows = data.claims, shown = rows, page = 0, size = 100, sortKey = null, sortDir = 1;
    var f = {
      speaker: document.getElementById("f-speaker"), kind: document.getElementById("f-kind"),
      type: document.getElementById("f-type"), conf: document.getElementById("f-conf"),
      doc: document.getElementById("f-doc"), facet: document.getElementById("f-facet")
    };
    function options(select, values) {
      values.forEach(function (v) { var o = el("option", v); o.value = v; select.appendChild(o); });
    }
    function uniq(fn) { var s = {}; rows.forEach(function (r) { var v = fn(r); if (v) s[v] = 1; }); return Object.keys(s).sort(); }
    options(f.kind, uniq(function (r) { return r.kind; }));
    options(f.type, uniq(function (r) { return r.type; }));
    options(f.doc, uniq(function (r) { return r.doc_id; }));
    var kinds = {};
    rows.forEach(function (r) { r.facets.forEach(function (k) { kinds[k] = 1; }); });
    options(f.facet, Object.keys(kinds).sort());
    var names = document.getElementById("speaker-names");
    uniq(function (r) { return r.speaker; }).forEach(function (n) { var o = el("option"); o.value = n; names.appendChild(o); });
    function apply() {
      var s = f.speaker.value.toLowerCase(), min = parseFloat(f.conf.value) || 0;
      shown = rows.filter(function (r) {
        return (!s || (r.speaker || "").toLowerCase().indexOf(s) >= 0) && (!f.kind.value || r.kind === f.kind.value) &&
          (!f.type.value || r.type === f.type.value) && r.confidence >= min && (!f.doc.value || r.doc_id === f.doc.value) &&
          (!f.facet.value || r.facets.indexOf(f.facet.value) >= 0);
      });
      if (sortKey) shown = shown.slice().sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
      });
      page = 0; render();
    }
    function render(current) {
      var body = document.getElementById("rows");
      body.textContent = "";
      var pages = Math.max(1, Math.ceil(shown.length / size));
      shown.slice(page * size, page * size + size).forEach(function (r) {
        var tr = el("tr", null, "row" + (r.id === current ? " current" : ""));
        tr.id = "row-" + r.id;
        tr.dataset.href = r.href;
        [r.doc_id, r.type, r.speaker || "(none)", r.kind || "", r.content, r.confidence.toFixed(2), r.facets.join(", ")].forEach(function (v) {
          tr.appendChild(el("td", v));
        });
        tr.addEventListener("click", function () { window.location.href = r.href; });
        body.appendChild(tr);
      });
      document.getElementById("count").textContent = shown.length + " of " + rows.length + " claims";
      document.getElementById("page").textContent = "page " + (page + 1) + " of " + pages;
    }
    Object.keys(f).forEach(function (k) { f[k].addEventListener("input", apply); f[k].addEventListener("change", apply); });
    document.getElementById("prev").addEventListener("click", function () { if (page > 0) { page--; render(); } });
    document.getElementById("next").addEventListener("click", function () { if ((page + 1) * size < shown.length) { page++; render(); } });
    Array.prototype.forEach.call(document.querySelectorAll("th[data-key]"), function (th) {
      th.addEventListener("click", function () {
        var key = th.dataset.key;
        sortDir = sortKey === key ? -sortDir : 1; sortKey = key;
        Array.prototype.forEach.call(document.querySelectorAll("th"), function (h) { h.className = ""; });
        th.className = sortDir > 0 ? "sorted-asc" : "sorted-desc";
        apply();
      });
    });
    shown = rows;
    var wanted = fragment();
    var at = rows.findIndex(function (r) { return r.id === wanted; });
    if (at >= 0) page = Math.floor(at / size);
    render(wanted);
    var row = document.getElementById("row-" + wanted);
    if (row) row.scrollIntoView({ block: "center" });
    document.body.dataset.ready = "1";
  }

  function documentPage() {
    var text = document.getElementById("text"), list = document.getElementById("claim-list");
    data.segments.forEach(function (seg) {
      var span = el("span", seg[0]);
      var refs = seg[1];
      if (refs.length) {
        span.dataset.refs = " " + refs.join(" ") + " ";
        refs.forEach(function (ref) { span.classList.add({ c: "hl-content", q: "hl-cue", s: "hl-speaker" }[ref[0]]); });
        span.addEventListener("click", function () { select(parseInt(refs[0].slice(1), 10)); });
      }
      text.appendChild(span);
    });
    data.claims.forEach(function (c, i) {
      var li = el("li", c.type + " \u00b7 " + (c.speaker ? c.speaker.name : "(no speaker)") + ": " + c.content.text.slice(0, 80));
      li.id = "item-" + c.id;
      li.addEventListener("click", function () { select(i); });
      list.appendChild(li);
    });
    function select(i) {
      var c = data.claims[i];
      Array.prototype.forEach.call(document.querySelectorAll(".selected"), function (e) { e.classList.remove("selected"); });
      Array.prototype.forEach.call(document.querySelectorAll(".claims li.current"), function (e) { e.classList.remove("current"); });
      var first = null;
      ["c", "q", "s"].forEach(function (p) {
        Array.prototype.forEach.call(document.querySelectorAll('[data-refs*=" ' + p + i + ' "]'), function (e) {
          e.classList.add("selected", "sel-" + p); if (!first) first = e;
        });
      });
      document.getElementById("item-" + c.id).classList.add("current");
      var d = document.getElementById("details");
      d.textContent = "";
      var dl = el("dl");
      function add(k, v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
      add("type", c.type);
      add("content", c.content.text);
      add("cue", c.cue ? c.cue.text : "(none)");
      add("speaker", c.speaker ? c.speaker.name + (c.speaker.name !== c.speaker.text ? " (\u201c" + c.speaker.text + "\u201d)" : "") : "(none)");
      add("role", c.speaker && c.speaker.role ? c.speaker.role : "(none stated)");
      add("kind", c.speaker ? c.speaker.kind : "(none)");
      add("attribution chain", chainText(c.attribution));
      add("confidence", c.confidence.toFixed(3));
      add("facets", (c.facets || []).map(function (x) { return x.kind + ": " + x.text; }).join("; ") || "(none)");
      add("record id", c.id);
      d.appendChild(dl);
      var back = el("a", "back to the claims table");
      back.href = data.index + "#" + encodeURIComponent(c.id);
      back.id = "back";
      d.appendChild(back);
      if (first) first.scrollIntoView({ block: "center" });
      document.body.dataset.selected = c.id;
      try { history.replaceState(null, "", "#" + encodeURIComponent(c.id)); } catch (e) { /* file:// pages may refuse */ }
    }
    var wanted = fragment();
    var at = data.claims.findIndex(function (c) { return c.id === wanted; });
    if (at >= 0) select(at);
    document.body.dataset.ready = "1";
  }
})();
