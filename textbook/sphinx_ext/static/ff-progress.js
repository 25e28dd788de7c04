/* Foundations First: the learner's progress, kept in this browser only.
 *
 * Stored in localStorage under KEY as
 *   {"version": 2, "exercises": {ID: {"hash", "done", "response", "result", "updated"}},
 *    "review": {ID: {"hash", "box", "due", "last", "history"}}}
 * "review" is spaced review's state (ff-review.js): each reviewable exercise's Leitner box, the
 * day it is due and the outcomes of its answers. A version 1 record (no "review") is migrated:
 * each exercise answered joins the first box, due the day after it was last answered. A review
 * section that cannot be read is rebuilt the same way, with a notice; the answers are kept.
 * An exercise counts as done only while its stored hash equals the exercise's current hash, so
 * editing one exercise resets only that one. A record that cannot be read (bad JSON, wrong
 * shape, unknown version) never breaks a page: the raw text is kept under CORRUPT_KEY, progress
 * starts afresh and a notice says so. Without localStorage (private mode, blocked storage) the
 * progress lives in memory for this page and a notice says so once.
 * An exported file is this record with a few optional fields (see exportText); it goes only
 * where the learner sends it.
 * Plain ES2017, no modules, no requests: it works from file:// too. */
(function () {
  "use strict";

  var KEY = "foundations-first:progress:v1";
  var CORRUPT_KEY = "foundations-first:progress:corrupt";
  var VERSION = 2;
  var FILE_VERSION = 1; // an exported file is version 1, with "review" among its optional fields
  var FILE_NAME = "foundations-first-progress.json";
  /* Ids are slugs: the one pattern (textbook/kit/ids.py) comes with the manifest. */
  var ID = new RegExp(
    window.FF_MANIFEST && typeof window.FF_MANIFEST.id_pattern === "string" ? window.FF_MANIFEST.id_pattern : "^[a-z0-9]+(-[a-z0-9]+)*$"
  );

  var MESSAGES = {
    corrupt:
      "Your saved progress could not be read, so it was reset. A copy of the old record was kept in this browser.",
    review:
      "Your review schedule could not be read, so it was started again from the exercises you have answered. " +
      "Your answers and progress are safe. A copy of the old record was kept in this browser.",
    memory:
      "This browser is not letting the book save your progress, so it is kept only while this page is open. " +
      "To keep it, export it from the \u201cYour path\u201d page before you leave."
  };

  var state = { data: null, storage: undefined, memoryNoticeShown: false, notices: [] };

  function fresh() {
    return { version: VERSION, exercises: {}, review: {} };
  }

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /* The record as a clean object (version 2), or null when it has the shape of neither version
   * 1 nor 2. A "review" section that cannot be read is dropped, and reviewBroken says so. */
  function validate(value) {
    if (!isPlainObject(value) || (value.version !== 1 && value.version !== 2) || !isPlainObject(value.exercises)) return null;
    var exercises = {};
    var ids = Object.keys(value.exercises);
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i];
      var entry = value.exercises[id];
      if (!ID.test(id) || !isPlainObject(entry)) return null;
      if (typeof entry.hash !== "string" || typeof entry.done !== "boolean") return null;
      if (entry.result !== undefined && entry.result !== null && !isPlainObject(entry.result)) return null;
      if (entry.updated !== undefined && typeof entry.updated !== "string") return null;
      exercises[id] = {
        hash: entry.hash,
        done: entry.done,
        response: entry.response === undefined ? null : entry.response,
        result: entry.result === undefined ? null : entry.result,
        updated: typeof entry.updated === "string" ? entry.updated : ""
      };
    }
    var review = {};
    var broken = false;
    if (value.review !== undefined) {
      if (!isPlainObject(value.review)) broken = true;
      else if (!window.FFReview) review = value.review; // kept as it is, for a page that has the scheduler
      else {
        Object.keys(value.review).forEach(function (id) {
          if (ID.test(id) && window.FFReview && window.FFReview.isEntry(value.review[id])) review[id] = value.review[id];
          else broken = true;
        });
      }
    }
    var clean = { version: VERSION, exercises: exercises, review: broken ? {} : review };
    if (broken) clean.reviewBroken = true;
    return clean;
  }

  /* ---- spaced review ---- */

  /* The learner's local date today (the clock moves in tests). */
  function today() {
    return window.FFReview ? window.FFReview.localDay(new Date()) : "";
  }

  var reviewables = null;
  /* Exercises that come back in review: counted, of a kind with a right answer ("scored"),
   * by id: {id, chapter, hash, kind, title, docname, page_title}, in the book's order. */
  function reviewableExercises() {
    if (reviewables) return reviewables;
    var m = manifest();
    var kinds = isPlainObject(m.kinds) ? m.kinds : {};
    reviewables = { order: [], byId: {} };
    m.chapters.forEach(function (chapter) {
      (chapter && Array.isArray(chapter.exercises) ? chapter.exercises : []).forEach(function (e) {
        if (!e || e.counts === false || !kinds[e.kind] || kinds[e.kind].scored !== true) return;
        var item = { id: e.id, chapter: chapter.id, hash: e.hash, kind: e.kind, title: e.title, docname: e.docname, page_title: e.page_title };
        reviewables.order.push(item);
        reviewables.byId[e.id] = item;
      });
    });
    return reviewables;
  }

  function isReviewable(id) {
    return Object.prototype.hasOwnProperty.call(reviewableExercises().byId, id);
  }

  /* An answer that says right or wrong (a scenario's ending, not a step on the way). */
  function conclusive(done, result) {
    return Boolean(done) || Boolean(result && result.correct === false);
  }

  /* Every reviewable exercise answered, with no review entry for its version, joins the first
   * box, due the day after its last answer (a version 1 record, an imported file, an LMS). */
  function enrol(data) {
    if (!window.FFReview) return;
    Object.keys(data.exercises).forEach(function (id) {
      var entry = data.exercises[id];
      var review = data.review[id];
      if (!isReviewable(id) || (review && review.hash === entry.hash) || !conclusive(entry.done, entry.result)) return;
      var day = (entry.updated && window.FFReview.localDay(entry.updated)) || today();
      data.review[id] = window.FFReview.enrolled(entry.hash, entry.done, day);
    });
  }

  /* localStorage, or null when the browser refuses it (checked once, with a real write). */
  function storage() {
    if (state.storage !== undefined) return state.storage;
    try {
      var store = window.localStorage;
      var probe = "foundations-first:probe";
      store.setItem(probe, "1");
      store.removeItem(probe);
      state.storage = store;
    } catch (error) {
      state.storage = null;
      showMemoryNotice();
    }
    return state.storage;
  }

  function showMemoryNotice() {
    if (state.memoryNoticeShown) return;
    state.memoryNoticeShown = true;
    notice(MESSAGES.memory, "status");
  }

  /* A notice at the top of the page content: div.ff-notice, role alert (or status). */
  function notice(text, role) {
    var show = function () {
      var host = document.querySelector("main article, article.bd-article, article") ||
        document.querySelector("main") || document.body;
      if (!host) return;
      var box = document.createElement("div");
      box.className = "ff-notice";
      box.setAttribute("role", role || "alert");
      var icon = document.createElement("span");
      icon.className = "ff-notice-icon";
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = "!";
      var message = document.createElement("p");
      message.textContent = text;
      box.appendChild(icon);
      box.appendChild(message);
      host.insertBefore(box, host.firstChild);
    };
    if (typeof document === "undefined") return;
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  }

  function write() {
    var store = storage();
    if (!store) return false;
    try {
      store.setItem(KEY, JSON.stringify(state.data));
      return true;
    } catch (error) { // quota exceeded, or storage withdrawn: carry on in memory
      state.storage = null;
      showMemoryNotice();
      return false;
    }
  }

  /* Read the stored record (once; again with force). Never throws. */
  function load(force) {
    if (state.data && !force) return state.data;
    var store = storage();
    var raw = null;
    if (store) {
      try { raw = store.getItem(KEY); } catch (error) { raw = null; }
    }
    if (raw === null) {
      state.data = state.data && !force ? state.data : fresh();
      return state.data;
    }
    var parsed = null;
    var version = null;
    try {
      var value = JSON.parse(raw);
      version = isPlainObject(value) ? value.version : null;
      parsed = validate(value);
    } catch (error) { parsed = null; }
    if (parsed) {
      var broken = parsed.reviewBroken === true;
      delete parsed.reviewBroken;
      state.data = parsed;
      enrol(parsed);
      if (broken) {
        try { store.setItem(CORRUPT_KEY, raw); } catch (error) { /* the notice still tells the truth */ }
        notice(MESSAGES.review, "alert");
      }
      if (broken || version !== VERSION) write(); // migrated from version 1, or rebuilt
      return state.data;
    }
    try { store.setItem(CORRUPT_KEY, raw); } catch (error) { /* the notice still tells the truth */ }
    state.data = fresh();
    write();
    notice(MESSAGES.corrupt, "alert");
    return state.data;
  }

  function get(id) {
    var entry = load().exercises[id];
    return entry && Object.prototype.hasOwnProperty.call(load().exercises, id) ? entry : null;
  }

  /* Save the latest response and result. Done is kept once reached, while the hash is the same:
   * trying an exercise again never takes away its completion. */
  function record(id, hash, response, result, done) {
    if (!ID.test(String(id))) return null;
    var data = load();
    var before = get(id);
    var wasDone = Boolean(before && before.hash === hash && before.done);
    var entry = {
      hash: String(hash),
      done: Boolean(done) || wasDone,
      response: response === undefined ? null : response,
      result: isPlainObject(result) ? result : null,
      updated: new Date().toISOString()
    };
    data.exercises[id] = entry;
    if (window.FFReview && isReviewable(id) && conclusive(done, entry.result)) {
      var current = data.review[id] || null;
      data.review[id] = window.FFReview.attempt(current, entry.hash, Boolean(done), today());
    }
    write();
    announceChange(id);
    return entry;
  }

  function isDone(id, hash) {
    var entry = get(id);
    return Boolean(entry && entry.done && entry.hash === hash);
  }

  function manifest() {
    var value = window.FF_MANIFEST;
    return isPlainObject(value) && Array.isArray(value.chapters) ? value : { version: 1, chapters: [], cards: [] };
  }

  function unit(id) {
    var m = manifest();
    var all = m.chapters.concat(Array.isArray(m.cards) ? m.cards : []);
    for (var i = 0; i < all.length; i++) if (all[i] && all[i].id === id) return all[i];
    return null;
  }

  /* {done, total} over a chapter's (or card's) counting exercises, with the ones not done yet. */
  function chapterSummary(chapterId) {
    var chapter = unit(chapterId);
    var exercises = chapter && Array.isArray(chapter.exercises) ? chapter.exercises : [];
    var counting = exercises.filter(function (e) { return e && e.counts !== false; });
    var remaining = counting.filter(function (e) { return !isDone(e.id, e.hash); });
    return {
      done: counting.length - remaining.length,
      total: counting.length,
      remaining: remaining.map(function (e) { return e.id; })
    };
  }

  /* What an exported file can carry beyond the record (all optional, so version 1 files of
   * either kind import): "book" {"title"} from the manifest, "learner" (a name or student
   * number the learner typed, at most LABEL_MAX characters), "exported" (ISO time) and
   * "reflections": "included" or "left-out". Left out (the default), a reflection's response
   * (its text and ticks) is dropped and only whether it is done stays. */
  var LABEL_MAX = 100;
  var INCLUDED = "included";
  var LEFT_OUT = "left-out";
  /* Never in a label: controls, bidirectional controls, separators, the byte-order mark and
   * unpaired surrogates (the roster refuses a file whose label has them). */
  var HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;

  function cleanLabel(value) {
    var text = String(value || "").replace(HIDDEN, "").replace(/[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim();
    return Array.from(text).slice(0, LABEL_MAX).join("").trim();
  }

  function reflectionIds() {
    var m = manifest();
    var ids = {};
    m.chapters.concat(Array.isArray(m.cards) ? m.cards : []).forEach(function (owner) {
      (owner && Array.isArray(owner.exercises) ? owner.exercises : []).forEach(function (e) {
        if (e && e.kind === "reflection") ids[e.id] = true;
      });
    });
    return ids;
  }

  /* A response that holds a learner's own words: a reflection's (or anything shaped like one). */
  function isPrivate(id, entry, reflections) {
    var response = entry.response;
    return Object.prototype.hasOwnProperty.call(reflections, id) ||
      (isPlainObject(response) && typeof response.text === "string");
  }

  /* What the file would hold, for the export screen to say before the download. */
  function exportSummary() {
    var data = load();
    var reflections = reflectionIds();
    var summary = { exercises: 0, reflections: 0, readiness: false, reviewed: Object.keys(data.review || {}).length };
    Object.keys(data.exercises).forEach(function (id) {
      var entry = data.exercises[id];
      if (id === "readiness-check") { summary.readiness = true; return; }
      summary.exercises += 1;
      if (isPrivate(id, entry, reflections) && isPlainObject(entry.response) &&
          typeof entry.response.text === "string" && entry.response.text.trim()) summary.reflections += 1;
    });
    return summary;
  }

  /* The file: options.learner (a label), options.reflections (true to include their text). */
  function exportText(options) {
    options = options || {};
    var data = load();
    var include = options.reflections === true;
    var reflections = reflectionIds();
    var exercises = {};
    Object.keys(data.exercises).forEach(function (id) {
      var entry = data.exercises[id];
      exercises[id] = !include && isPrivate(id, entry, reflections)
        ? { hash: entry.hash, done: entry.done, response: null, result: entry.result, updated: entry.updated }
        : entry;
    });
    var file = { version: FILE_VERSION };
    var title = manifest().book && typeof manifest().book.title === "string" ? manifest().book.title : null;
    if (title) file.book = { title: title };
    var label = cleanLabel(options.learner);
    if (label) file.learner = label;
    file.exported = new Date().toISOString();
    file.reflections = include ? INCLUDED : LEFT_OUT;
    file.exercises = exercises;
    file.review = data.review;
    return JSON.stringify(file, null, 2) + "\n";
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  /* Merge records ({id: entry}, as in the stored record) into this browser's: for each exercise
   * the newer one wins; with keepResponses, an incoming record without its answer keeps the
   * answer kept here (a file made without reflections' text; an LMS's suspend_data, which
   * leaves long answers out). Returns how many were taken. Used by import and by ff-scorm.js. */
  function merge(exercises, keepResponses, review) {
    var data = load();
    var taken = 0;
    /* review entries ({id: entry}): the one answered last wins, as for the exercises */
    Object.keys(review || {}).forEach(function (id) {
      var incoming = review[id];
      var current = data.review[id];
      if (!ID.test(id) || !window.FFReview || !window.FFReview.isEntry(incoming)) return;
      if (!current || incoming.last >= current.last) data.review[id] = incoming;
    });
    Object.keys(exercises).forEach(function (id) {
      if (!ID.test(id)) return;
      var incoming = exercises[id];
      var current = data.exercises[id];
      if (!current || !current.updated || (incoming.updated && incoming.updated >= current.updated)) {
        if (keepResponses && current && incoming.response === null && current.hash === incoming.hash) {
          incoming.response = current.response; // the answer was left out of what came in, not erased
        }
        data.exercises[id] = incoming;
        taken += 1;
      }
    });
    enrol(data);
    write();
    announceChange(null);
    return taken;
  }

  /* Merge a file made by exportText: for each exercise the newer record wins. */
  function importText(text) {
    var parsed = null;
    try { parsed = validate(JSON.parse(String(text))); } catch (error) { parsed = null; }
    if (!parsed) {
      return {
        ok: false,
        message: "That file could not be read as Foundations First progress, so nothing was changed. " +
          "Choose a file made with \u201cExport my progress\u201d."
      };
    }
    var ids = Object.keys(parsed.exercises);
    var leftOut = false; // a file made without reflections' text never erases the text kept here
    try { leftOut = JSON.parse(String(text)).reflections === LEFT_OUT; } catch (error) { leftOut = false; }
    var taken = merge(parsed.exercises, leftOut, parsed.review);
    var saved = Boolean(storage()); // null once a write has failed
    var message = ids.length === 0
      ? "The file holds no progress yet, so nothing was changed."
      : "Imported your progress on " + plural(taken, "exercise", "exercises") + "." +
        (taken < ids.length ? " " + plural(ids.length - taken, "record was", "records were") +
          " older than what this browser already had, so they were kept as they are." : "");
    if (parsed.reviewBroken) message += " Its review schedule could not be read, so it was left out.";
    if (!saved) message += " This browser cannot save it, so it lasts only while this page is open.";
    return { ok: true, message: message };
  }

  function reset() {
    state.data = fresh();
    write();
    announceChange(null);
  }

  function download(options) {
    var blob = new Blob([exportText(options)], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function announceChange(id) {
    try {
      window.dispatchEvent(new CustomEvent("ff-progress-change", { detail: { id: id } }));
    } catch (error) { /* very old browsers: the page simply does not refresh its summaries */ }
  }

  /* Another tab changed the record: read it again. */
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      load(true);
      announceChange(null);
    }
  });

  window.FFProgress = {
    KEY: KEY,
    CORRUPT_KEY: CORRUPT_KEY,
    FILE_NAME: FILE_NAME,
    load: load,
    get: get,
    record: record,
    isDone: isDone,
    isId: function (value) { return ID.test(String(value)); },
    chapterSummary: chapterSummary,
    unit: unit,
    exportText: exportText,
    exportSummary: exportSummary,
    LABEL_MAX: LABEL_MAX,
    importText: importText,
    merge: merge,
    notice: notice,
    reset: reset,
    download: download,
    persistent: function () { return Boolean(storage()); },
    review: function () { return load().review; },
    reviewables: reviewableExercises,
    today: today,
    validate: validate
  };

  load();
})();
