/* Foundations First: reporting to a learning management system (LMS) through SCORM 1.2.
 *
 * In a SCORM package (python -m textbook export --format scorm) each chapter or card is a SCO
 * whose launch page, scorm/ID.html, loads this file with data-ff-launch="ID". The launch page
 * finds the LMS's API the way the SCORM 1.2 run-time environment says (window.API in this
 * window or a parent, up to 7 levels, then in the opener and its parents), calls
 * LMSInitialize, reads cmi.suspend_data, shows the chapter in a frame and calls LMSFinish
 * when it is closed. It keeps the session in window.FF_SCORM_SESSION.
 *
 * Every page of the book loads this file too. A page inside the frame finds the API and the
 * session the same way, merges the progress stored in cmi.suspend_data into the learner's
 * record (ff-progress.js) before the exercises are drawn, and after each answer sets
 * cmi.core.lesson_status, cmi.core.score, one cmi.interactions.n per exercise and
 * cmi.suspend_data, then calls LMSCommit. Without an API (the published site, a USB stick)
 * it does nothing at all. The LMS is never trusted: a value it returns that cannot be read
 * gives a notice, never an error, and the answers stay in this browser.
 * What a learner writes or rates for themselves never leaves this browser: for a reflection
 * or a self-check (a kind without a right answer), the LMS gets only that it was done, and
 * when; its text or ratings go into no cmi element (no interaction carries a response).
 * What the score means: see "SCORM packages" in CONTRIBUTING.md.
 * Plain ES2017, no modules, no requests. */
(function () {
  "use strict";

  var SESSION = "FF_SCORM_SESSION";
  var MAX_PARENTS = 7; // the SCORM 1.2 run-time environment's discovery limit
  var MAX_SUSPEND = 4096; // SCORM 1.2: cmi.suspend_data is a CMIString4096
  var FORMAT = 1; // the version of what this file writes into cmi.suspend_data
  // SCORM 1.2 interaction types for the book's kinds (cmi.interactions.n.type).
  var INTERACTION_TYPES = {
    "single-choice": "choice",
    "multiple-select": "choice",
    "matching": "matching",
    "ordering": "sequencing",
    "scenario": "performance",
    "self-check": "likert",
    "reflection": "fill-in"
  };
  var MESSAGES = {
    corrupt: "The progress your course site kept for this chapter could not be read. " +
      "Your answers in this browser are kept, and your next answer sends your progress to the course site again.",
    refused: "Your course site did not accept the progress this page sent. " +
      "Your answers are kept in this browser; tell your instructor if your course shows no progress."
  };

  /* Whether this script may look into a window (not one of another origin). */
  function readable(win) {
    try {
      return Boolean(win) && win.document !== undefined;
    } catch (error) {
      return false;
    }
  }

  /* Walk this window and its parents for the API (and the launch page's session). */
  function searchUp(win) {
    var found = { api: null, session: null };
    for (var level = 0; win && level <= MAX_PARENTS; level++) {
      if (!readable(win)) break;
      try {
        if (!found.session && win[SESSION]) found.session = win[SESSION];
        if (win.API && typeof win.API.LMSInitialize === "function") {
          found.api = win.API;
          return found;
        }
      } catch (error) {
        break;
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return found.session ? found : null;
  }

  /* The SCORM 1.2 API for this window: in it or a parent, else in the opener or its parents. */
  function discover(win) {
    var found = searchUp(win);
    if (found && found.api) return found;
    var opener = null;
    try { opener = win.top && win.top.opener; } catch (error) { opener = null; }
    var fromOpener = opener ? searchUp(opener) : null;
    if (fromOpener && fromOpener.api) return { api: fromOpener.api, session: (found && found.session) || fromOpener.session };
    return found && found.session ? found : null;
  }

  function manifest() {
    var value = window.FF_MANIFEST;
    return value && Array.isArray(value.chapters) ? value : { chapters: [], cards: [], kinds: {} };
  }

  /* The chapter or card a SCO is, with its exercises, from the manifest (through the record). */
  function unitOf(id) {
    return window.FFProgress && window.FFProgress.unit ? window.FFProgress.unit(id) : null;
  }

  /* --- cmi.suspend_data: {"v": 1, "x": [[index, hash prefix, done, updated, response], ...]}
   * in the order the exercises were first reported (that order gives cmi.interactions.n).
   * The response is there only for a scored exercise (see private()): a reflection's or a
   * self-check's row is [index, hash prefix, done, updated]. */

  function parseSuspend(text) {
    if (text === "" || text === null || text === undefined) return { entries: [], ok: true };
    var value;
    try { value = JSON.parse(String(text)); } catch (error) { return { entries: [], ok: false }; }
    if (!value || value.v !== FORMAT || !Array.isArray(value.x)) return { entries: [], ok: false };
    var entries = [];
    var seen = {};
    for (var i = 0; i < value.x.length; i++) {
      var row = value.x[i];
      if (!Array.isArray(row) || row.length < 4) return { entries: [], ok: false };
      var index = row[0];
      if (typeof index !== "number" || index < 0 || index % 1 !== 0 || seen[index]) return { entries: [], ok: false };
      if (typeof row[1] !== "string" || (row[2] !== 0 && row[2] !== 1) || typeof row[3] !== "string") {
        return { entries: [], ok: false };
      }
      seen[index] = true;
      entries.push({ index: index, hash: row[1], done: row[2] === 1, updated: row[3], response: row.length > 4 ? row[4] : null });
    }
    return { entries: entries, ok: true };
  }

  var HASH_PREFIX = 12;

  /* The text for cmi.suspend_data, within MAX_SUSPEND characters (the least SCORM 1.2 asks an
   * LMS to keep): when the answers do not fit, the longest leave first (they stay in this
   * browser). The entries hold no private answer: send() leaves those out. */
  function suspendText(entries) {
    var rows = entries.map(function (e) {
      var row = [e.index, e.hash.slice(0, HASH_PREFIX), e.done ? 1 : 0, e.updated];
      if (e.response !== null && e.response !== undefined) row.push(e.response);
      return row;
    });
    var text = JSON.stringify({ v: FORMAT, x: rows });
    var order = rows
      .map(function (row, position) { return { position: position, size: JSON.stringify(row).length }; })
      .sort(function (a, b) { return b.size - a.size; });
    for (var i = 0; i < order.length && text.length > MAX_SUSPEND; i++) {
      var row = rows[order[i].position];
      if (row.length > 4) row.length = 4;
      text = JSON.stringify({ v: FORMAT, x: rows });
    }
    return text.length <= MAX_SUSPEND ? text : JSON.stringify({ v: FORMAT, x: [] });
  }

  /* --- The session, kept by the launch page (or by a page launched on its own). */

  function call(session, name, args) {
    try {
      var result = session.api[name].apply(session.api, args || []);
      if (result === "false" || result === false) {
        session.failed = true;
        return null;
      }
      return result;
    } catch (error) {
      session.failed = true;
      return null;
    }
  }

  function open(api, sco) {
    var session = { api: api, sco: sco, open: false, failed: false, stored: [], corrupt: false, started: Date.now() };
    var initialized = false;
    try { initialized = String(api.LMSInitialize("")) === "true"; } catch (error) { initialized = false; }
    if (!initialized) {
      session.failed = true;
      return session;
    }
    session.open = true;
    var parsed = parseSuspend(call(session, "LMSGetValue", ["cmi.suspend_data"]));
    session.stored = parsed.entries;
    session.corrupt = !parsed.ok;
    var status = call(session, "LMSGetValue", ["cmi.core.lesson_status"]);
    if (status === "not attempted" || status === "" || status === null) {
      call(session, "LMSSetValue", ["cmi.core.lesson_status", "incomplete"]);
    }
    call(session, "LMSSetValue", ["cmi.core.exit", "suspend"]);
    return session;
  }

  function pad(number, width) {
    var text = String(Math.floor(number));
    while (text.length < width) text = "0" + text;
    return text;
  }

  /* CMITimespan: HHHH:MM:SS.SS */
  function timespan(milliseconds) {
    var seconds = Math.max(0, milliseconds) / 1000;
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    return pad(hours, 4) + ":" + pad(minutes, 2) + ":" + pad(rest, 2) + "." + pad(Math.floor((rest % 1) * 100), 2);
  }

  function finish(session) {
    if (!session || !session.open) return;
    session.open = false;
    call(session, "LMSSetValue", ["cmi.core.exit", "suspend"]);
    call(session, "LMSSetValue", ["cmi.core.session_time", timespan(Date.now() - session.started)]);
    call(session, "LMSCommit", [""]);
    call(session, "LMSFinish", [""]);
  }

  /* --- What is reported: pure, from the SCO's exercises and the learner's record. */

  function isScored(kind) {
    var kinds = manifest().kinds || {};
    return Boolean(kinds[kind] && kinds[kind].scored);
  }

  /* A kind whose answers are the learner's own (a reflection's text, a self-check's ratings):
   * anything without a right answer. Its answer is never sent to the LMS, nor taken from it. */
  function isPrivate(kind) {
    return !isScored(kind);
  }

  /* The SCO's standing: lesson status, score and each exercise's interaction result. */
  function report(unit, recordOf) {
    var exercises = unit && Array.isArray(unit.exercises) ? unit.exercises : [];
    var counted = exercises.filter(function (e) { return e.counts !== false; });
    var scored = counted.filter(function (e) { return isScored(e.kind); });
    var doneOf = function (e) {
      var entry = recordOf(e.id);
      return Boolean(entry && entry.done && entry.hash === e.hash);
    };
    var right = scored.filter(doneOf).length;
    return {
      status: counted.every(doneOf) ? "completed" : "incomplete",
      score: scored.length ? Math.round((100 * right) / scored.length) : null,
      results: exercises.map(function (e) {
        var entry = recordOf(e.id);
        if (!entry || entry.hash !== e.hash) return null; // not tried (in this version)
        if (!isScored(e.kind)) return entry.done ? "neutral" : null;
        return entry.done ? "correct" : "wrong";
      })
    };
  }

  /* Merge what the LMS kept into the learner's record: for each exercise the newer one wins.
   * A private kind's answer is never taken from the LMS (an older package sent some): it is
   * marked done, and the text kept in this browser, if any, stays. */
  function restore(session, unit) {
    var exercises = unit && Array.isArray(unit.exercises) ? unit.exercises : [];
    var incoming = {};
    session.stored.forEach(function (entry) {
      var exercise = exercises[entry.index];
      if (!exercise || exercise.hash.slice(0, HASH_PREFIX) !== entry.hash) return; // another version
      incoming[exercise.id] = {
        hash: exercise.hash,
        done: entry.done,
        response: entry.response === undefined || isPrivate(exercise.kind) ? null : entry.response,
        result: null,
        updated: entry.updated
      };
    });
    if (Object.keys(incoming).length && window.FFProgress && window.FFProgress.merge) {
      window.FFProgress.merge(incoming, true);
    }
  }

  /* Send the SCO's standing to the LMS and commit. */
  function send(session, unit) {
    if (!session.open || !window.FFProgress) return;
    var exercises = unit && Array.isArray(unit.exercises) ? unit.exercises : [];
    var recordOf = function (id) { return window.FFProgress.get(id); };
    var standing = report(unit, recordOf);
    session.failed = false; // this report's calls say whether the LMS accepts them now
    // The interaction order: what the LMS already has, then exercises tried since, in book order.
    var order = session.stored.map(function (e) { return e.index; }).filter(function (i) { return exercises[i]; });
    exercises.forEach(function (e, i) {
      if (order.indexOf(i) < 0 && standing.results[i] !== null) order.push(i);
    });
    var entries = order.map(function (i) {
      var e = exercises[i];
      var entry = recordOf(e.id);
      var kept = session.stored.filter(function (s) { return s.index === i; })[0];
      var out = !entry || entry.hash !== e.hash
        ? kept || { index: i, hash: e.hash, done: false, updated: "", response: null }
        : {
          index: i,
          hash: e.hash,
          done: Boolean(entry.done),
          updated: entry.updated ? String(entry.updated).slice(0, 19) + "Z" : "",
          response: entry.response
        };
      // A reflection's text or a self-check's ratings: only that it was done, and when, is sent.
      if (isPrivate(e.kind)) out = { index: out.index, hash: out.hash, done: out.done, updated: out.updated, response: null };
      return out;
    });
    session.stored = entries.map(function (e) {
      return { index: e.index, hash: e.hash.slice(0, HASH_PREFIX), done: e.done, updated: e.updated, response: e.response };
    });
    // Interactions are numbered without a gap (an LMS refuses an index past the count). Each
    // has an id, a type and a result, and never a student_response: an answer goes only into
    // suspend_data, and only for a scored exercise.
    var n = 0;
    order.forEach(function (i) {
      var result = standing.results[i];
      if (result === null) return; // kept from the LMS for another version of the exercise
      var prefix = "cmi.interactions." + n++ + ".";
      call(session, "LMSSetValue", [prefix + "id", exercises[i].id]);
      call(session, "LMSSetValue", [prefix + "type", INTERACTION_TYPES[exercises[i].kind] || "performance"]);
      call(session, "LMSSetValue", [prefix + "result", result]);
    });
    call(session, "LMSSetValue", ["cmi.core.lesson_status", standing.status]);
    if (standing.score !== null) {
      call(session, "LMSSetValue", ["cmi.core.score.min", "0"]);
      call(session, "LMSSetValue", ["cmi.core.score.max", "100"]);
      call(session, "LMSSetValue", ["cmi.core.score.raw", String(standing.score)]);
    }
    call(session, "LMSSetValue", ["cmi.suspend_data", suspendText(entries)]);
    call(session, "LMSSetValue", ["cmi.core.exit", "suspend"]);
    call(session, "LMSCommit", [""]);
    tellIfRefused(session);
  }

  var toldRefused = false; // once per page: the LMS refused a call (the answers stay here)

  function tellIfRefused(session) {
    if (session.failed && !toldRefused) {
      toldRefused = true;
      say(MESSAGES.refused);
    }
  }

  function say(text) {
    if (window.FFProgress && window.FFProgress.notice) window.FFProgress.notice(text, "status");
  }

  /* --- Start: the launch page, or a page of the book. */

  function launch(script) {
    var sco = script.getAttribute("data-ff-launch");
    var start = script.getAttribute("data-ff-start");
    var found = discover(window);
    if (!found || !found.api) { // not in an LMS: the chapter, as in the book
      window.location.replace(start);
      return;
    }
    var session = open(found.api, sco);
    window[SESSION] = session;
    window.addEventListener("pagehide", function () { finish(session); });
    window.addEventListener("beforeunload", function () { finish(session); });
    var frame = document.getElementById("ff-sco");
    if (frame) frame.src = start;
  }

  function inPage() {
    var found = discover(window);
    if (!found) return;
    var session = found.session;
    if (!session) { // a page launched on its own: it keeps the session itself
      var chapter = document.querySelector("[data-chapter]");
      var sco = chapter ? chapter.getAttribute("data-chapter") : null;
      if (!sco || !unitOf(sco)) return;
      session = open(found.api, sco);
      window[SESSION] = session;
      window.addEventListener("pagehide", function () { finish(session); });
    }
    var unit = unitOf(session.sco);
    if (!unit) return;
    if (session.corrupt && !session.told) {
      session.told = true;
      say(MESSAGES.corrupt);
    }
    restore(session, unit);
    tellIfRefused(session);
    window.addEventListener("ff-progress-change", function (event) {
      var id = event && event.detail ? event.detail.id : null;
      var mine = id === null || unit.exercises.some(function (e) { return e.id === id; });
      if (mine) send(session, unit);
    });
  }

  var script = document.currentScript;
  var api = { discover: discover, parseSuspend: parseSuspend, suspendText: suspendText, report: report, isPrivate: isPrivate, MAX_SUSPEND: MAX_SUSPEND };
  window.FFScorm = api;
  if (script && script.hasAttribute("data-ff-launch")) launch(script);
  else inPage();
})();
