/* Foundations First: the class roster page. An instructor chooses or drops learners' exported
 * progress files; this page reads them in the browser (nothing is sent anywhere) and shows one
 * row per learner, the problems of each refused file, and a CSV for a gradebook.
 *
 * The rules are those of textbook/commands/roster.py, which is the reference: the same
 * messages, the same cells, the same CSV text (a test runs both on generated files). The
 * book's facts come from the manifest (window.FF_MANIFEST). Files are untrusted: their text
 * is only ever set with textContent, never parsed as HTML.
 * Plain ES2017 (with Unicode regular expressions), no modules, no requests: works from file://. */
(function () {
  "use strict";

  var VERSION = 1;
  var MAX_BYTES = 5000000;
  var MAX_DEPTH = 64;
  var LABEL_MAX = 100;
  var SHOWN_MAX = 60;
  var RECORD_IDS = ["readiness-check"];
  var INCLUDED = "included";
  var LEFT_OUT = "left-out";
  var YES = "yes", NO = "no", OLDER = "older version";
  var LQ = "\u201c", RQ = "\u201d";
  var FORMAT = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ud800-\\udfff";
  var HIDDEN = new RegExp("[\\u0000-\\u001f" + FORMAT + "]", "u");
  var HIDDEN_ALL = new RegExp("[\\u0000-\\u001f" + FORMAT + "]", "gu");
  var HIDDEN_IN_TEXT = new RegExp("[\\u0000-\\u0008\\u000b-\\u001f" + FORMAT + "]", "gu");
  var SPACES = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
  var DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/;
  var TOKENS = /"(?:[^"\\]|\\[\s\S])*"?|[[\]{}]/g; // strings (skipped) and brackets, in linear time
  var FORMULA_START = ["=", "+", "-", "@", "\t", "\r"];

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }
  function chars(text) { return Array.from(text); }

  /* Strings in code point order, as Python sorts them. */
  function byCodePoint(a, b) {
    var x = chars(a), y = chars(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var p = x[i].codePointAt(0), q = y[i].codePointAt(0);
      if (p !== q) return p < q ? -1 : 1;
    }
    return x.length - y.length;
  }

  function clean(text) { return String(text).replace(HIDDEN_ALL, "\ufffd"); }
  function cleanText(text) { return String(text).replace(HIDDEN_IN_TEXT, "\ufffd"); }
  function shown(text) {
    var list = chars(clean(text));
    return list.length <= SHOWN_MAX ? list.join("") : list.slice(0, SHOWN_MAX).join("") + "\u2026";
  }

  /* ------------------------------------------------------------------ the book, from the manifest */

  /* The book: the manifest's chapters, cards and exercises, with the roster page's own data
   * (each chapter's objectives, what each exercise assesses). */
  function bookOf(manifest, extra) {
    manifest = isObject(manifest) ? manifest : {};
    extra = isObject(extra) ? extra : {};
    var objectivesOf = isObject(extra.objectives) ? extra.objectives : {};
    var assessesOf = isObject(extra.assesses) ? extra.assesses : {};
    var kinds = isObject(manifest.kinds) ? manifest.kinds : {};
    var units = [];
    var exercises = function (owner) {
      return (Array.isArray(owner.exercises) ? owner.exercises : []).map(function (e) {
        var keys = own(assessesOf, e.id) && Array.isArray(assessesOf[e.id]) ? assessesOf[e.id] : [];
        // evidence that an objective is met: an exercise of a kind with a right answer (the
        // table of kinds says which: never a self-check or a reflection)
        var evidence = own(kinds, e.kind) && isObject(kinds[e.kind]) && kinds[e.kind].scored === true;
        return { id: e.id, title: e.title || e.id, hash: e.hash, counts: e.counts !== false, kind: e.kind, assesses: keys, evidence: evidence };
      });
    };
    (Array.isArray(manifest.chapters) ? manifest.chapters : []).forEach(function (c, n) {
      var objectives = own(objectivesOf, c.id) && Array.isArray(objectivesOf[c.id]) ? objectivesOf[c.id] : [];
      units.push({ id: c.id, title: c.title, short: String(n + 1), exercises: exercises(c), objectives: objectives });
    });
    (Array.isArray(manifest.cards) ? manifest.cards : []).forEach(function (c, n) {
      units.push({ id: c.id, title: c.title, short: "T" + (n + 1), exercises: exercises(c), objectives: [] });
    });
    var byId = Object.create(null);
    var objectives = [];
    units.forEach(function (u) {
      u.exercises.forEach(function (e) { byId[e.id] = e; });
      u.objectives.forEach(function (o, n) { objectives.push([o[0], u.short + "." + (n + 1), o[1]]); });
    });
    var title = isObject(manifest.book) && typeof manifest.book.title === "string" ? manifest.book.title : "";
    return { title: title, units: units, exercises: byId, objectives: objectives };
  }

  /* ------------------------------------------------------------------ reading files */

  function problem(file, message, refused) {
    return { file: file, message: message, refused: refused !== false };
  }

  function tooLarge(size) {
    return "larger than 5 MB (" + size + " bytes), so it was not read: a progress file is far smaller";
  }

  function tooDeep(text) {
    var depth = 0;
    var tokens = text.match(TOKENS) || [];
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      if (token === "[" || token === "{") {
        depth += 1;
        if (depth > MAX_DEPTH) return true;
      } else if (token === "]" || token === "}") {
        depth -= 1;
      }
    }
    return false;
  }

  function labelOf(value) {
    if (typeof value !== "string") return { why: "the learner's name is not text" };
    if (HIDDEN.test(value)) return { why: "the learner's name has control characters" };
    var label = value.replace(SPACES, " ").replace(/^ +| +$/g, "");
    if (chars(label).length > LABEL_MAX) return { why: "the learner's name is longer than " + LABEL_MAX + " characters" };
    return { label: label };
  }

  function entryProblem(id, entry, pattern) {
    if (!pattern.test(id)) return LQ + shown(id) + RQ + " is not an exercise id";
    if (!isObject(entry)) return "exercise " + id + ": its record is not an object";
    if (typeof entry.hash !== "string") return "exercise " + id + ": " + LQ + "hash" + RQ + " is not text";
    if (typeof entry.done !== "boolean") return "exercise " + id + ": " + LQ + "done" + RQ + " is not true or false";
    if (entry.result !== undefined && entry.result !== null && !isObject(entry.result)) {
      return "exercise " + id + ": " + LQ + "result" + RQ + " is not an object";
    }
    if (own(entry, "updated") && typeof entry.updated !== "string") return "exercise " + id + ": " + LQ + "updated" + RQ + " is not text";
    return null;
  }

  /* One file's bytes (a Uint8Array) as a learner, or a problem: never throws. */
  function parse(name, bytes, book, idPattern) {
    var pattern = new RegExp(idPattern || "^[a-z0-9]+(-[a-z0-9]+)*$");
    if (bytes.length > MAX_BYTES) return problem(name, tooLarge(bytes.length));
    if (bytes.length === 0) return problem(name, "the file is empty: ask for a file made with " + LQ + "Export my progress" + RQ);
    var text;
    try { text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch (error) {
      return problem(name, "not a progress file: it is not text (UTF-8)");
    }
    if (tooDeep(text)) return problem(name, "not a progress file: it is nested too deeply");
    var value;
    try { value = JSON.parse(text); } catch (error) { return problem(name, "not a progress file: it is not JSON"); }
    if (!isObject(value) || (!own(value, "version") && !own(value, "exercises"))) {
      return problem(name, "not a Foundations First progress file: it has no " + LQ + "version" + RQ + " and " + LQ + "exercises" + RQ);
    }
    if (!(typeof value.version === "number" && value.version === VERSION)) {
      return problem(name, "another version of the progress file, which this book cannot read (it reads version 1)");
    }
    if (!isObject(value.exercises)) {
      return problem(name, "not a Foundations First progress file: its " + LQ + "exercises" + RQ + " is not an object");
    }
    if (own(value, "book")) {
      var about = value.book;
      if (!isObject(about) || typeof about.title !== "string") return problem(name, LQ + "book" + RQ + " does not name a book");
      if (about.title !== book.title) {
        return problem(name, "from another book or edition, " + LQ + shown(about.title) + RQ + ": this roster is for " + LQ + book.title + RQ);
      }
    }
    var label = "";
    if (own(value, "learner")) {
      var found = labelOf(value.learner);
      if (found.why) return problem(name, found.why);
      label = found.label;
    }
    if (own(value, "exported") && typeof value.exported !== "string") return problem(name, LQ + "exported" + RQ + " is not a date");
    if (own(value, "reflections") && value.reflections !== INCLUDED && value.reflections !== LEFT_OUT) {
      return problem(name, LQ + "reflections" + RQ + " is neither " + LQ + "included" + RQ + " nor " + LQ + "left-out" + RQ);
    }
    var ids = Object.keys(value.exercises).sort(byCodePoint);
    for (var i = 0; i < ids.length; i++) {
      var why = entryProblem(ids[i], value.exercises[ids[i]], pattern);
      if (why) return problem(name, why);
    }
    return { learner: { file: name, label: label, reflectionsIncluded: value.reflections === INCLUDED, exercises: value.exercises } };
  }

  function identity(learner) {
    if (learner.label) return "label:" + learner.label.toLowerCase();
    var ids = Object.keys(learner.exercises);
    if (!ids.length) return null;
    return "records:" + ids.map(function (id) {
      var e = learner.exercises[id];
      return [id, e.hash, e.done ? "1" : "0", own(e, "updated") ? e.updated : ""].join("\u0000");
    }).sort().join("\u0001");
  }

  function unknownNote(learner, book) {
    var unknown = Object.keys(learner.exercises).filter(function (id) {
      return !(id in book.exercises) && RECORD_IDS.indexOf(id) < 0;
    }).sort(byCodePoint);
    if (!unknown.length) return null;
    var listed = unknown.slice(0, 5).map(shown).join(", ");
    var more = unknown.length > 5 ? ", and " + (unknown.length - 5) + " more" : "";
    return problem(learner.file, unknown.length + " " + (unknown.length === 1 ? "exercise" : "exercises") +
      " this book does not have, left out: " + listed + more, false);
  }

  /* files: [{name, bytes} or {name, problem}] in order -> {learners, problems}. */
  function readAll(files, book, idPattern) {
    var learners = [], problems = [];
    var seen = new Map();
    files.forEach(function (file) {
      var found = file.problem ? { problem: file.problem } : parse(file.name, file.bytes, book, idPattern);
      if (!found.learner) { problems.push(found.problem || found); return; }
      var learner = found.learner;
      var id = identity(learner);
      if (id !== null && seen.has(id)) {
        var who = learner.label ? LQ + learner.label + RQ : "the same records and no name";
        problems.push(problem(file.name, "the same learner as " + seen.get(id) + " (" + who + "), so it was not read again"));
        return;
      }
      if (id !== null) seen.set(id, file.name);
      var note = unknownNote(learner, book);
      if (note) problems.push(note);
      learners.push(learner);
    });
    return { learners: learners, problems: problems };
  }

  /* ------------------------------------------------------------------ the table */

  function reflectionsOf(book) {
    var list = [];
    book.units.forEach(function (u) { u.exercises.forEach(function (e) { if (e.kind === "reflection") list.push(e); }); });
    return list;
  }

  function cellText(cell) {
    return cell.done + " of " + cell.total + (cell.older ? " (+" + cell.older + " older version)" : "");
  }

  function rowOf(learner, book, includeReflections) {
    var records = learner.exercises;
    var record = function (id) { return own(records, id) ? records[id] : null; };
    var current = function (e) { var r = record(e.id); return Boolean(r && r.done && r.hash === e.hash); };
    var older = function (e) { var r = record(e.id); return Boolean(r && r.done && r.hash !== e.hash); };
    var units = book.units.map(function (u) {
      var counted = u.exercises.filter(function (e) { return e.counts; });
      return { done: counted.filter(current).length, total: counted.length, older: counted.filter(older).length };
    });
    var evidence = [];
    book.units.forEach(function (u) { u.exercises.forEach(function (e) { if (e.evidence) evidence.push(e); }); });
    var objectives = book.objectives.map(function (o) {
      var mine = evidence.filter(function (e) { return e.assesses.indexOf(o[0]) >= 0; });
      return mine.some(current) ? YES : mine.some(older) ? OLDER : NO;
    });
    var latest = "";
    Object.keys(records).forEach(function (id) {
      var r = records[id];
      if (!((id in book.exercises) || RECORD_IDS.indexOf(id) >= 0)) return;
      if (typeof r.updated === "string" && DATE.test(r.updated) && r.updated > latest) latest = r.updated;
    });
    var texts = [];
    if (includeReflections) {
      texts = reflectionsOf(book).map(function (e) {
        if (!learner.reflectionsIncluded) return "";
        var r = record(e.id);
        var response = r ? r.response : null;
        return isObject(response) && typeof response.text === "string" ? cleanText(response.text) : "";
      });
    }
    return { learner: learner.label, file: learner.file, latest: latest.slice(0, 10), units: units, objectives: objectives, reflections: texts };
  }

  function csvField(value, untrusted) {
    value = String(value);
    if (untrusted && FORMULA_START.indexOf(value.charAt(0)) >= 0) value = "'" + value;
    if (/[,"\r\n]/.test(value)) value = '"' + value.replace(/"/g, '""') + '"';
    return value;
  }

  function csv(rows, book, includeReflections) {
    var header = ["learner", "file", "latest activity (UTC)"];
    book.units.forEach(function (u) { header.push(u.id + ": exercises done"); });
    book.objectives.forEach(function (o) { header.push(o[0].replace("/", ": ")); });
    if (includeReflections) reflectionsOf(book).forEach(function (e) { header.push("reflection: " + e.id); });
    var lines = [header.map(function (c) { return csvField(c); }).join(",")];
    rows.forEach(function (r) {
      var cells = [csvField(r.learner, true), csvField(clean(r.file), true), r.latest];
      r.units.forEach(function (c) { cells.push(csvField(cellText(c))); });
      r.objectives.forEach(function (o) { cells.push(o); });
      r.reflections.forEach(function (t) { cells.push(csvField(t, true)); });
      lines.push(cells.join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  /* The whole computation, as the command does it: -> {rows, problems, csv}. */
  function compute(files, manifest, extra, includeReflections) {
    var book = bookOf(manifest, extra);
    var idPattern = manifest && typeof manifest.id_pattern === "string" ? manifest.id_pattern : null;
    var read = readAll(files, book, idPattern);
    var rows = read.learners.map(function (l) { return rowOf(l, book, includeReflections); });
    return { book: book, rows: rows, problems: read.problems, csv: csv(rows, book, includeReflections) };
  }

  /* ------------------------------------------------------------------ the page */

  function h(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") node.textContent = props[key];
      else if (key === "className") node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function table(caption, head, body, scrollLabel) {
    var wrap = h("div", { className: "ff-roster-scroll", tabindex: "0", role: "region", "aria-label": scrollLabel });
    var t = h("table", { className: "ff-roster-table" }, [h("caption", { text: caption })]);
    t.appendChild(h("thead", null, [h("tr", null, head.map(function (cell) { return h("th", { scope: "col", text: cell }); }))]));
    var tbody = h("tbody");
    body.forEach(function (cells) {
      tbody.appendChild(h("tr", null, cells.map(function (cell, i) {
        return i === 0 ? h("th", { scope: "row", text: cell.text }) : h("td", { text: cell.text, className: cell.className || "" });
      })));
    });
    t.appendChild(tbody);
    wrap.appendChild(t);
    return wrap;
  }

  function whoOf(r) { return r.learner || "(" + clean(r.file) + ")"; }

  function pageData() {
    var script = document.querySelector("script.ff-roster-data");
    try { return script ? JSON.parse(script.textContent) : {}; } catch (error) { return {}; }
  }

  function wire(root) {
    var manifest = window.FF_MANIFEST;
    var extra = pageData();
    var get = function (name) { return root.querySelector("[data-ff-roster=" + name + "]"); };
    var input = get("files"), drop = get("drop"), status = get("status"), problemsBox = get("problems");
    var tables = get("tables"), csvButton = get("csv"), clearButton = get("clear"), reflections = get("reflections");
    var files = [];
    var result = null;
    root.hidden = false;

    function render() {
      result = compute(files, manifest, extra, Boolean(reflections && reflections.checked));
      problemsBox.textContent = "";
      tables.textContent = "";
      var refused = result.problems.filter(function (p) { return p.refused; }).length;
      status.textContent = files.length
        ? "Read " + files.length + (files.length === 1 ? " file: " : " files: ") + result.rows.length +
          (result.rows.length === 1 ? " learner" : " learners") + (refused ? ", " + refused + " refused (see below)." : ".")
        : "No files yet.";
      if (result.problems.length) {
        problemsBox.appendChild(h("p", { className: "ff-subhead", text: "Files with problems" }));
        problemsBox.appendChild(h("ul", { className: "ff-roster-problems" }, result.problems.map(function (p) {
          return h("li", { text: clean(p.file) + ": " + p.message });
        })));
      }
      if (result.rows.length) {
        var book = result.book;
        tables.appendChild(table("Exercises done, of those that count, in each chapter and card",
          ["Learner", "Latest activity (UTC)"].concat(book.units.map(function (u) { return u.short + ". " + u.title; })),
          result.rows.map(function (r) {
            return [{ text: whoOf(r) }, { text: r.latest || "-" }].concat(r.units.map(function (c) {
              return { text: cellText(c), className: c.older ? "ff-roster-older" : "" };
            }));
          }), "Exercises done (scrolls sideways)"));
        if (book.objectives.length) {
          tables.appendChild(table("Objectives met: an exercise assessing it done correctly",
            ["Learner"].concat(book.objectives.map(function (o) { return o[1]; })),
            result.rows.map(function (r) {
              return [{ text: whoOf(r) }].concat(r.objectives.map(function (o) {
                return { text: o, className: o === YES ? "ff-roster-yes" : o === OLDER ? "ff-roster-older" : "" };
              }));
            }), "Objectives met (scrolls sideways)"));
          var key = h("details", { className: "ff-roster-key" }, [h("summary", { text: "What each objective number means" })]);
          key.appendChild(h("dl", null, [].concat.apply([], book.objectives.map(function (o) {
            return [h("dt", { text: o[1] }), h("dd", { text: o[2] })];
          }))));
          tables.appendChild(key);
        }
        if (reflections && reflections.checked) {
          var texts = reflectionsOf(book);
          var section = h("div", { className: "ff-roster-reflections" }, [h("p", { className: "ff-subhead", text: "Reflections, from learners who chose to include their text" })]);
          result.rows.forEach(function (r) {
            r.reflections.forEach(function (text, i) {
              if (!text.trim()) return;
              section.appendChild(h("p", null, [h("strong", { text: whoOf(r) + ", " + texts[i].title + ":" })]));
              section.appendChild(h("p", { className: "ff-roster-text", text: text }));
            });
          });
          tables.appendChild(section);
        }
      }
      csvButton.disabled = !result.rows.length;
      clearButton.disabled = !files.length;
    }

    function add(list) {
      var chosen = Array.prototype.slice.call(list || []);
      if (!chosen.length) return;
      status.textContent = "Reading " + chosen.length + (chosen.length === 1 ? " file\u2026" : " files\u2026");
      Promise.all(chosen.map(function (file) {
        if (file.size > MAX_BYTES) return Promise.resolve({ name: file.name, problem: problem(file.name, tooLarge(file.size)) });
        return file.arrayBuffer().then(function (buffer) {
          return { name: file.name, bytes: new Uint8Array(buffer) };
        }, function () {
          return { name: file.name, problem: problem(file.name, "cannot be read: the browser could not open it") };
        });
      })).then(function (read) {
        files = files.concat(read);
        render();
      });
    }

    input.addEventListener("change", function () { add(input.files); input.value = ""; });
    root.addEventListener("dragover", function (event) { event.preventDefault(); drop.classList.add("ff-roster-over"); });
    root.addEventListener("dragleave", function () { drop.classList.remove("ff-roster-over"); });
    root.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("ff-roster-over");
      add(event.dataTransfer && event.dataTransfer.files);
    });
    if (reflections) reflections.addEventListener("change", function () { if (files.length) render(); });
    clearButton.addEventListener("click", function () { files = []; render(); status.textContent = "The roster was cleared."; });
    csvButton.addEventListener("click", function () {
      if (!result || !result.rows.length) return;
      var url = URL.createObjectURL(new Blob([result.csv], { type: "text/csv;charset=utf-8" }));
      var link = h("a", { href: url, download: "roster.csv" });
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      status.textContent = "The roster was saved as the file " + LQ + "roster.csv" + RQ + ", usually in your Downloads folder.";
    });
  }

  window.FFRoster = { compute: compute, bookOf: bookOf, pageData: pageData, MAX_BYTES: MAX_BYTES };

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".ff-roster"), function (root) {
      if (root.ffWired) return;
      root.ffWired = true;
      wire(root);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
