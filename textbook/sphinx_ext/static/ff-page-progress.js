/* Foundations First: progress on the page, beside the progress code (ff-progress.js keeps
 * the record): each chapter's summary and what is left, "Your path", "Continue where you left
 * off", and the export, import and reset tools. Drawn again on every progress change.
 * Plain ES2017, no modules, no requests: it works from file:// too. */
(function () {
  "use strict";

  var dom = window.FFDom;
  var h = dom.h, icon = dom.icon, plain = dom.plain, plural = dom.plural;
  var contentRoot = dom.contentRoot, removeAdded = dom.removeAdded, chapterIdOf = dom.chapterIdOf;

  function progress() { return window.FFProgress; }

  function manifest() {
    var value = window.FF_MANIFEST;
    return value && Array.isArray(value.chapters) ? value : { chapters: [], cards: [] };
  }

  function chapterById(id) {
    var chapters = manifest().chapters;
    for (var i = 0; i < chapters.length; i++) if (chapters[i].id === id) return chapters[i];
    return null;
  }

  function badge(done) {
    return h("span", { className: "ff-badge ff-added" + (done ? " ff-badge--done" : " ff-badge--todo") }, [
      icon(done ? "\u2713" : "\u25cb"), h("span", { text: done ? "Done" : "Not yet" })
    ]);
  }

  function progressBar(done, total, labelId) {
    return h("progress", { className: "ff-progress-bar", max: String(Math.max(total, 1)), value: String(done), "aria-labelledby": labelId });
  }

  /* A name for an exercise in a list: its title when the manifest gives one, else its id in words
   * (the same for every exercise, on this page or not). */
  function exerciseName(entry, owner) {
    if (typeof entry.title === "string" && entry.title) return plain(entry.title);
    var id = entry.id;
    var words = id.indexOf(owner + "-") === 0 ? id.slice(owner.length + 1) : id;
    words = words.replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function exerciseHref(entry) {
    if (document.getElementById("exercise-" + entry.id)) return "#exercise-" + entry.id;
    var page = entry.docname || entry.page;
    return typeof page === "string" && /^[A-Za-z0-9_./-]+$/.test(page) ? contentRoot() + page + ".html#exercise-" + entry.id : null;
  }

  /* "(on Page title)" after an exercise's name, when it sits on another page than this one. */
  function whereIs(entry) {
    if (document.getElementById("exercise-" + entry.id) || typeof entry.page_title !== "string") return "";
    return " (on \u201c" + plain(entry.page_title) + "\u201d)";
  }

  /* A list of exercises left to do: each links to its place, says its page, and whether it was started. */
  function remainingList(entries, owner) {
    var list = h("ul", { className: "ff-remaining" });
    entries.forEach(function (entry) {
      var href = exerciseHref(entry);
      var name = exerciseName(entry, owner);
      var link = href ? h("a", { text: name }) : h("span", { text: name });
      if (href) link.href = href;
      var record = progress().get(entry.id);
      var started = record && record.hash === entry.hash && record.response !== null && record.response !== undefined;
      list.appendChild(h("li", null, [link, whereIs(entry), started ? h("span", { className: "ff-started", text: " \u2014 started" }) : null]));
    });
    return list;
  }

  function renderChapterProgress() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-role="chapter-progress"]'), function (box) {
      removeAdded(box);
      var id = chapterIdOf(box);
      var chapter = chapterById(id);
      if (!chapter) return;
      var summary = progress().chapterSummary(id);
      var labelId = "ff-chapter-progress-" + id;
      var added = h("div", { className: "ff-added ff-chapter-summary" }, [
        h("p", { className: "ff-progress-line" }, [
          h("span", { id: labelId, text: "You have completed " + summary.done + " of " + summary.total + " exercises in this chapter." }),
          summary.total > 0 && summary.done === summary.total ? badge(true) : null
        ]),
        progressBar(summary.done, summary.total, labelId)
      ]);
      var remaining = (chapter.exercises || []).filter(function (e) { return summary.remaining.indexOf(e.id) >= 0; });
      if (remaining.length) {
        added.appendChild(h("p", { className: "ff-subhead", text: "Not done yet:" }));
        added.appendChild(remainingList(remaining, id));
      }
      var text = box.querySelector(".ff-progress-text");
      box.insertBefore(added, text ? text : null);
    });
  }

  /* Every counting exercise of the book in reading order (chapters, then toolkit cards), with its owner. */
  function readingOrder() {
    var m = window.FF_MANIFEST || {};
    var owners = (Array.isArray(m.chapters) ? m.chapters : []).concat(Array.isArray(m.cards) ? m.cards : []);
    var all = [];
    owners.forEach(function (owner) {
      (owner.exercises || []).forEach(function (e) { if (e && e.counts !== false) all.push({ entry: e, owner: owner }); });
    });
    return all;
  }

  /* Where to continue: after the exercise worked on last, the first one not done (it may be that
   * one, a half-written reflection), in reading order; null when nothing was tried yet. */
  function continueTarget() {
    var all = readingOrder();
    var last = -1;
    var latest = "";
    all.forEach(function (item, index) {
      var record = progress().get(item.entry.id);
      if (record && record.hash === item.entry.hash && typeof record.updated === "string" && record.updated > latest) {
        latest = record.updated;
        last = index;
      }
    });
    if (last < 0) return null;
    for (var step = 0; step < all.length; step++) {
      var item = all[(last + step) % all.length];
      if (!progress().isDone(item.entry.id, item.entry.hash)) return item;
    }
    return { finished: true };
  }

  function renderContinue() {
    Array.prototype.forEach.call(document.querySelectorAll(".ff-continue"), function (box) {
      removeAdded(box);
      var target = continueTarget();
      var text = box.querySelector(".ff-continue-text");
      if (text) text.hidden = Boolean(target);
      if (!target) return;
      if (target.finished) {
        box.appendChild(h("p", { className: "ff-added ff-continue-line" }, [
          badge(true), " You have done every exercise in the book. Retake the readiness check, or read any chapter again."
        ]));
        return;
      }
      var href = exerciseHref(target.entry);
      var link = h("a", { className: "ff-continue-link", text: exerciseName(target.entry, target.owner.id) });
      if (href) link.href = href;
      box.appendChild(h("p", { className: "ff-added ff-continue-line" }, [
        h("strong", { text: "Continue where you left off: " }), link,
        ", in \u201c" + plain(target.owner.title || "") + "\u201d" + (target.entry.page_title ? ", on the page \u201c" + plain(target.entry.page_title) + "\u201d" : "") + "."
      ]));
    });
  }

  function renderPath() {
    var path = document.querySelector("ol.ff-path");
    if (!path) return;
    removeAdded(path.parentNode);
    var totalDone = 0;
    var total = 0;
    var chaptersDone = 0;
    var chaptersWithExercises = 0;
    Array.prototype.forEach.call(path.querySelectorAll("li.ff-path-item"), function (item) {
      var id = chapterIdOf(item);
      var summary = progress().chapterSummary(id);
      totalDone += summary.done;
      total += summary.total;
      var labelId = "ff-path-progress-" + id;
      var line;
      if (summary.total === 0) {
        line = h("p", { className: "ff-path-progress ff-added" }, [h("span", { text: "No exercises yet." })]);
      } else {
        chaptersWithExercises += 1;
        var done = summary.done === summary.total;
        if (done) chaptersDone += 1;
        line = h("div", { className: "ff-path-progress ff-added" }, [
          h("p", null, [h("span", { id: labelId, text: summary.done + " of " + summary.total + " exercises done" }), " ", done ? badge(true) : null]),
          progressBar(summary.done, summary.total, labelId)
        ]);
        var chapter = chapterById(id);
        var left = (chapter && chapter.exercises || []).filter(function (e) { return summary.remaining.indexOf(e.id) >= 0; });
        var started = left.some(function (e) { var r = progress().get(e.id); return r && r.hash === e.hash; });
        if (left.length && (summary.done > 0 || started)) { // a chapter under way: what is left, with links
          var details = h("details", { className: "ff-path-left" }, [h("summary", { text: "What is left (" + left.length + ")" })]);
          details.appendChild(remainingList(left, id));
          line.appendChild(details);
        }
      }
      item.classList.toggle("ff-path-done", summary.total > 0 && summary.done === summary.total);
      item.appendChild(line);
    });
    var cards = (window.FF_MANIFEST && Array.isArray(window.FF_MANIFEST.cards)) ? window.FF_MANIFEST.cards : [];
    var cardsDone = 0;
    var cardsTotal = 0;
    cards.forEach(function (card) {
      var summary = progress().chapterSummary(card.id);
      cardsDone += summary.done;
      cardsTotal += summary.total;
    });
    var overall = h("div", { className: "ff-path-overall ff-added" }, [
      h("p", { className: "ff-subhead", text: "Your progress so far" }),
      h("p", null, [h("span", { id: "ff-path-overall-label", text: "You have done " + (totalDone + cardsDone) + " of " + (total + cardsTotal) + " exercises in the book" }),
        ": " + totalDone + " of " + total + " in the foundation chapters and " + cardsDone + " of " + cardsTotal + " on the toolkit cards. " +
        chaptersDone + " of " + plural(chaptersWithExercises, "chapter with exercises is", "chapters with exercises are") + " complete."]),
      progressBar(totalDone + cardsDone, total + cardsTotal, "ff-path-overall-label")
    ]);
    path.parentNode.insertBefore(overall, path);
  }

  function wireTools() {
    var tools = document.querySelector(".ff-progress-tools");
    if (!tools || tools.ffWired || !window.FFProgress) return;
    tools.ffWired = true;
    tools.hidden = false;
    var status = tools.querySelector(".ff-tools-status");
    var say = function (text) { if (status) status.textContent = text; };
    var exportButton = tools.querySelector("[data-ff-action=export]");
    var importInput = tools.querySelector("input[data-ff-action=import]");
    var resetButton = tools.querySelector("[data-ff-action=reset]");
    var learnerInput = tools.querySelector("input[data-ff-field=learner]");
    var reflectionsBox = tools.querySelector("input[data-ff-field=reflections]");
    if (learnerInput && window.FFProgress.LABEL_MAX) learnerInput.maxLength = window.FFProgress.LABEL_MAX;
    if (exportButton) {
      exportButton.addEventListener("click", function () {
        try {
          var include = Boolean(reflectionsBox && reflectionsBox.checked);
          window.FFProgress.download({ learner: learnerInput ? learnerInput.value : "", reflections: include });
          say("Your progress was saved as the file \u201c" + window.FFProgress.FILE_NAME + "\u201d, usually in your Downloads folder" +
            (include ? ", with the text of your reflections" : ", without the text of your reflections") +
            ". It stays on this device until you send it to someone.");
        } catch (error) {
          say("Your progress could not be exported from this browser.");
        }
      });
    }
    if (importInput) {
      importInput.addEventListener("change", function () {
        var file = importInput.files && importInput.files[0];
        if (!file) return;
        var reader = new FileReader();
        reader.onload = function () {
          var outcome = window.FFProgress.importText(String(reader.result));
          say(outcome.message);
          importInput.value = "";
          renderPage();
        };
        reader.onerror = function () {
          say("That file could not be opened, so nothing was changed.");
          importInput.value = "";
        };
        reader.readAsText(file);
      });
    }
    if (resetButton) {
      resetButton.addEventListener("click", function () {
        var sure = window.confirm("Reset your progress? This clears every answer and completion saved in this browser, " +
          "and cannot be undone. Export your progress first if you may want it back.");
        if (!sure) {
          say("Nothing was reset.");
          return;
        }
        window.FFProgress.reset();
        say("Your progress was reset.");
        renderPage();
      });
    }
  }

  function renderPage() {
    /* Prerequisites and each chapter's standing are drawn by ff-readiness.js, from the one
     * model of what the learner knows (FFReadiness.render), on the same progress changes. */
    [renderChapterProgress, renderPath, renderContinue].forEach(function (render) {
      try { render(); } catch (error) { if (window.console) console.error("Foundations First:", error); }
    });
  }

  /* Before an export: what the file will hold, in words (drawn again on every change). */
  function renderExportContents() {
    var box = document.querySelector(".ff-progress-tools [data-ff-field=contents]");
    if (!box || !window.FFProgress.exportSummary) return;
    var summary = window.FFProgress.exportSummary();
    var parts = [];
    parts.push(summary.exercises
      ? "your answers to " + plural(summary.exercises, "exercise", "exercises") + " and whether each is done"
      : "no answers yet (you have not tried an exercise)");
    if (summary.readiness) parts.push("your answers to the readiness check");
    if (summary.reviewed) {
      parts.push("your review schedule for " + plural(summary.reviewed, "exercise", "exercises") +
        ": the days you last answered each one and whether you got it right");
    }
    parts.push(summary.reflections
      ? "the text of your " + plural(summary.reflections, "reflection", "reflections") + ", only if you tick the box below"
      : "no reflection text (you have not written one)");
    parts.push("the name or number you type below, if any, and the date");
    box.textContent = "The file will hold: " + parts.join("; ") + ".";
  }

  function renderPage() {
    if (!window.FFProgress) return; // the record could not load: the page reads as text
    /* Prerequisites and each chapter's standing are drawn by ff-readiness.js, from the one
     * model of what the learner knows (FFReadiness.render), on the same progress changes. */
    [renderChapterProgress, renderPath, renderContinue, renderExportContents].forEach(function (render) {
      try { render(); } catch (error) { if (window.console) console.error("Foundations First:", error); }
    });
  }

  var started = false;

  function init() {
    if (started) return;
    started = true;
    renderPage();
    wireTools();
    window.addEventListener("ff-progress-change", renderPage);
  }

  window.FFPageProgress = { render: renderPage };

  if (document.readyState === "complete") {
    init();
  } else {
    document.addEventListener("DOMContentLoaded", init);
    window.addEventListener("load", init);
  }
})();
