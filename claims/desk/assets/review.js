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
  // Decisions a reviewer records: kept in this browser (localStorage), one entry per claim under
  // the review's own key ("<site> <id>"), shared by its pages; nothing leaves the machine but the
  // files the reviewer exports. One entry per claim, not one object for all: a page that read the
  // object before another page's write reached it (a second tab, or the next page loaded at once)
  // wrote it back without that decision. Decisions kept by earlier versions, one object under the
  // site's key, are still read (an entry of its own for the same claim wins).
  var STATUSES = ["to check", "checking", "checked", "not checkable", "wrong extraction"];
  var decisions = {
    prefix: function () { return data.site + " "; },
    legacy: function () {
      try { return JSON.parse(window.localStorage.getItem(data.site) || "{}") || {}; } catch (e) { return {}; }
    },
    all: function () {
      var out = decisions.legacy(), prefix = decisions.prefix(), store = window.localStorage;
      try {
        for (var i = 0; i < store.length; i++) {
          var k = store.key(i);
          if (k && k.indexOf(prefix) === 0) {
            try { var v = JSON.parse(store.getItem(k)); if (v) out[k.slice(prefix.length)] = v; } catch (e) { /* not ours */ }
          }
        }
      } catch (e) { /* storage refused */ }
      return out;
    },
    get: function (id) {
      try { var v = JSON.parse(window.localStorage.getItem(decisions.prefix() + id) || "null"); if (v) return v; } catch (e) { /* fall through */ }
      return decisions.legacy()[id] || null;
    },
    set: function (id, value) {
      try {
        if (value && (value.status || value.rating || value.note)) {
          value.updated = new Date().toISOString();
          window.localStorage.setItem(decisions.prefix() + id, JSON.stringify(value));
        } else {
          window.localStorage.removeItem(decisions.prefix() + id);
          var old = decisions.legacy();
          if (old[id]) { delete old[id]; window.localStorage.setItem(data.site, JSON.stringify(old)); }
        }
        return true;
      } catch (e) { return false; }
    }
  };
  function csvCell(v) {
    var t = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;  // a spreadsheet shows it as text and runs nothing
    return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  function csv(header, rows) {
    return [header].concat(rows).map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  var DECISION_COLUMNS = ["id", "doc_id", "status", "rating", "note", "updated", "speaker", "class", "type", "content", "url", "headline", "date"];
  function decisionsCsv(rows) {
    var all = decisions.all();
    return csv(DECISION_COLUMNS, rows.filter(function (r) { return all[r.id]; }).map(function (r) {
      var d = all[r.id];
      return [r.id, r.doc_id, d.status || "", d.rating || "", d.note || "", d.updated || "", r.speaker || "", r["class"], r.type, r.text, r.url, r.headline, r.date];
    }));
  }
  function claimReviews(rows) {
    // schema.org ClaimReview, as fact-checkers publish: one for each claim marked "checked"
    var all = decisions.all();
    return rows.filter(function (r) { return all[r.id] && all[r.id].status === "checked"; }).map(function (r) {
      var d = all[r.id], work = { "@type": "CreativeWork", "identifier": r.doc_id };
      if (r.url) work.url = r.url;
      if (r.headline) work.headline = r.headline;
      if (r.date) work.datePublished = r.date;
      var item = { "@type": "Claim", "@id": "urn:news-claims:claim:" + r.id, "appearance": work };
      if (r.speaker) item.author = { "@type": r.kind === "person" || r.kind === "anonymous" ? "Person" : "Organization", "name": r.speaker };
      return { "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": r.text, "itemReviewed": item,
        "reviewRating": { "@type": "Rating", "alternateName": d.rating || "" }, "reviewBody": d.note || "", "dateModified": d.updated };
    });
  }
  function download(name, type, body) {
    var a = el("a");
    a.href = URL.createObjectURL(new Blob([body], { type: type }));
    a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  window.claimsReview = { decisions: decisions, decisionsCsv: function () { return decisionsCsv(data.claims); },
    claimReviews: function () { return claimReviews(data.claims); } };
  if (data.page === "index") indexPage(); else documentPage();

  function indexPage() {
    var rows = data.claims, shown = rows, page = 0, size = 100, sortKey = null, sortDir = 1;
    var f = {
      speaker: document.getElementById("f-speaker"), kind: document.getElementById("f-kind"),
      type: document.getElementById("f-type"), conf: document.getElementById("f-conf"),
      doc: document.getElementById("f-doc"), facet: document.getElementById("f-facet"),
      cls: document.getElementById("f-class"), decision: document.getElementById("f-decision"),
      corpus: document.getElementById("f-corpus")
    };
    if (data.corpus) document.getElementById("claims-table").classList.add("show-corpus");
    else f.corpus.parentNode.hidden = true;
    function options(select, values) {
      values.forEach(function (v) { var o = el("option", v); o.value = v; select.appendChild(o); });
    }
    function uniq(fn) { var s = {}; rows.forEach(function (r) { var v = fn(r); if (v) s[v] = 1; }); return Object.keys(s).sort(); }
    options(f.kind, uniq(function (r) { return r.kind; }));
    options(f.type, uniq(function (r) { return r.type; }));
    options(f.doc, uniq(function (r) { return r.doc_id; }));
    options(f.cls, uniq(function (r) { return r["class"]; }));
    options(f.decision, STATUSES);
    var all = decisions.all();
    rows.forEach(function (r) { r.decision = all[r.id] ? all[r.id].status || "(note)" : ""; });
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
          (!f.facet.value || r.facets.indexOf(f.facet.value) >= 0) && (!f.cls.value || r["class"] === f.cls.value) &&
          (!f.decision.value || (f.decision.value === "none" ? !r.decision : r.decision === f.decision.value)) &&
          (!f.corpus.value || (f.corpus.value === "checked" ? !!r.fact_check : f.corpus.value === "unchecked" ? !r.fact_check : r.appearances > 1));
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
        [r.doc_id, r.type, r.speaker || "(none)", r.kind || ""].forEach(function (v) { tr.appendChild(el("td", v)); });
        var cell = el("td"), link = el("a", r.content);  // a real link: a new tab, the keyboard, a copied address
        link.href = r.href;
        cell.appendChild(link);
        tr.appendChild(cell);
        [r.confidence.toFixed(2), r.facets.join(", "), r.decision].forEach(function (v) { tr.appendChild(el("td", v)); });
        ["cue", "chain", "role", "sentence"].forEach(function (k) { tr.appendChild(el("td", r[k], "c-" + k)); });
        tr.appendChild(el("td", r.fact_check, "c-corpus"));
        tr.appendChild(el("td", r.appearances ? String(r.appearances) : "", "c-corpus"));
        tr.addEventListener("click", function (ev) { if (ev.target.tagName !== "A") window.location.href = r.href; });
        body.appendChild(tr);
      });
      document.getElementById("count").textContent = shown.length + " of " + rows.length + " claims";
      document.getElementById("page").textContent = "page " + (page + 1) + " of " + pages;
    }
    Object.keys(f).forEach(function (k) { f[k].addEventListener("input", apply); f[k].addEventListener("change", apply); });
    var table = document.getElementById("claims-table");
    Array.prototype.forEach.call(document.querySelectorAll("input.col"), function (box) {
      box.addEventListener("change", function () { table.classList.toggle("show-" + box.value, box.checked); });
    });
    document.getElementById("export-decisions").addEventListener("click", function () {
      download("decisions.csv", "text/csv;charset=utf-8", "\ufeff" + decisionsCsv(rows));
    });
    document.getElementById("export-claimreview").addEventListener("click", function () {
      download("claimreview.jsonld", "application/ld+json", claimReviews(rows).map(function (x) { return JSON.stringify(x); }).join("\n") + "\n");
    });
    document.getElementById("export-view").addEventListener("click", function () {
      var cols = ["id", "doc_id", "type", "class", "speaker", "kind", "role", "cue", "chain", "text", "sentence", "confidence", "decision", "url", "headline", "date"];
      download("claims-view.csv", "text/csv;charset=utf-8", "\ufeff" + csv(cols, shown.map(function (r) { return cols.map(function (k) { return r[k]; }); })));
    });
    window.claimsReview.viewCsv = function () {
      return csv(["id", "doc_id", "speaker", "text"], shown.map(function (r) { return [r.id, r.doc_id, r.speaker, r.text]; }));
    };
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
      add("type", c.type + (c["class"] ? " \u00b7 " + c["class"] : ""));
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
      var found = (data.corpus || {})[c.id];
      if (found && found.matches) d.appendChild(matchList(found.matches));
      if (found && found.cluster) d.appendChild(appearanceList(found.cluster));
      d.appendChild(decisionForm(c));
      var back = el("a", "back to the claims table");
      back.href = data.index + "#" + encodeURIComponent(c.id);
      back.id = "back";
      d.appendChild(back);
      if (first) first.scrollIntoView({ block: "center" });
      document.body.dataset.selected = c.id;
      try { history.replaceState(null, "", "#" + encodeURIComponent(c.id)); } catch (e) { /* file:// pages may refuse */ }
    }
    function matchList(matches) {
      var box = el("div", null, "corpus matches");
      box.appendChild(el("strong", "Fact-checks that may verify it"));
      var ol = el("ol");
      matches.forEach(function (m) {
        var li = el("li");
        li.appendChild(el("span", (m.verdict || "(no verdict)") + " \u00b7 " + m.score.toFixed(2), "verdict"));
        if (m.conflict.length) li.appendChild(el("span", "differs: " + m.conflict.join(", "), "conflict"));
        li.appendChild(el("div", m.text));
        var who = [m.claimant, m.date].filter(Boolean).join(", ");
        if (who) li.appendChild(el("div", who, "muted"));
        if (m.url) { var a = el("a", m.title || m.url); a.href = m.url; a.rel = "noopener noreferrer"; li.appendChild(a); }
        ol.appendChild(li);
      });
      box.appendChild(ol);
      return box;
    }
    function appearanceList(cluster) {
      var box = el("div", null, "corpus appearances");
      box.appendChild(el("strong", "Appearances, " + (cluster.order === "date" ? "oldest first" : "in input order (some documents have no date)")));
      var ol = el("ol");
      cluster.members.forEach(function (m) {
        var li = el("li", null, m.self ? "self" : "");
        var head = [m.date, m.outlet || m.doc_id, m.speaker].filter(Boolean).join(" \u00b7 ");
        if (m.href && !m.self) { var a = el("a", head); a.href = m.href; li.appendChild(a); } else li.appendChild(el("span", head + (m.self ? " (this claim)" : "")));
        if (m.conflict.length) li.appendChild(el("span", "differs from the first: " + m.conflict.join(", "), "conflict"));
        li.appendChild(el("div", m.text));
        ol.appendChild(li);
      });
      box.appendChild(ol);
      return box;
    }
    function decisionForm(c) {
      var box = el("div", null, "decision"), saved = decisions.get(c.id) || {};
      box.appendChild(el("strong", "Your decision"));
      var status = el("select"), rating = el("input"), note = el("textarea"), said = el("span", "", "muted");
      status.id = "d-status"; rating.id = "d-rating"; note.id = "d-note"; said.id = "d-saved";
      [""].concat(STATUSES).forEach(function (v) { var o = el("option", v || "(none)"); o.value = v; status.appendChild(o); });
      status.value = saved.status || "";
      rating.value = saved.rating || ""; rating.placeholder = "e.g. False, Mostly true (when checked)";
      note.value = saved.note || ""; note.rows = 3;
      function save() {
        var ok = decisions.set(c.id, { status: status.value, rating: rating.value, note: note.value });
        said.textContent = ok ? "kept in this browser" : "could not be kept: this browser refuses local storage";
        var item = document.getElementById("item-" + c.id);
        if (item) item.dataset.status = status.value;
      }
      [["status", status], ["rating", rating], ["note", note]].forEach(function (pair) {
        var label = el("label", pair[0]);
        label.appendChild(pair[1]);
        box.appendChild(label);
        pair[1].addEventListener("change", save);
        pair[1].addEventListener("input", save);
      });
      box.appendChild(said);
      return box;
    }
    var wanted = fragment();
    var at = data.claims.findIndex(function (c) { return c.id === wanted; });
    if (at >= 0) select(at);
    document.body.dataset.ready = "1";
  }
})();
