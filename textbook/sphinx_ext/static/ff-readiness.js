/* Foundations First: the readiness check in the browser, and the learner's standing in each
 * chapter, the one model that the foundation map, "Before you start", a chapter's progress and
 * "Your path" all show.
 * FFReadiness.result and FFReadiness.standing are the same logic as textbook/kit/standing.py (a
 * test runs both). The check's result is kept with the learner's progress (FFProgress), under
 * the id "readiness-check". */
(function (root) {
  "use strict";

  var SOLID = "solid", SHAKY = "shaky", NOT_YET = "not-yet";
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  var STORE_ID = "readiness-check";
  var LABELS = { solid: "Solid", shaky: "Shaky", "not-yet": "Not yet" };
  /* Why a chapter has its standing, in the learner's words. */
  var BECAUSE = {
    "exercises-done": "you have done all its exercises",
    "check-solid": "you answered every question about it well in the readiness check",
    "check-shaky": "you answered some questions about it well in the readiness check",
    "some-exercises": "you have done some of its exercises",
    "check-not-yet": "the readiness check found this is new ground for you",
    "nothing-yet": "you have not started it yet"
  };

  function answeredRight(probe, answer) {
    return typeof answer === "number" && Number.isInteger(answer) && answer >= 0 &&
      answer < probe.options.length && probe.options[answer].correct === true;
  }

  /* Each probed chapter's status, and the earliest chapter (in the required order) that is not solid. */
  function result(order, probes, answers) {
    var chapters = {};
    order.forEach(function (chapter) {
      var mine = probes.filter(function (p) { return p.chapter === chapter; });
      if (!mine.length) return;
      var right = mine.filter(function (p) {
        return answeredRight(p, Object.prototype.hasOwnProperty.call(answers, p.id) ? answers[p.id] : null);
      }).length;
      chapters[chapter] = right === mine.length ? SOLID : right === 0 ? NOT_YET : SHAKY;
    });
    var start = null;
    for (var i = 0; i < order.length; i++) {
      var status = Object.prototype.hasOwnProperty.call(chapters, order[i]) ? chapters[order[i]] : SOLID;
      if (status !== SOLID) { start = order[i]; break; }
    }
    return { chapters: chapters, start: start };
  }

  /* The learner's standing in each chapter, from the check's statuses (or null) and each
   * chapter's [done, total] exercises; and the earliest chapter that is not solid. */
  function standing(order, check, exercises) {
    check = check || {};
    var own = Object.prototype.hasOwnProperty;
    var chapters = {};
    order.forEach(function (chapter) {
      var counts = own.call(exercises, chapter) ? exercises[chapter] : [0, 0];
      var done = counts[0], total = counts[1];
      var found = own.call(check, chapter) ? check[chapter] : null;
      if (total === 0 && found === null) return;
      var status, because;
      if (total > 0 && done >= total) { status = SOLID; because = "exercises-done"; }
      else if (found === SOLID) { status = SOLID; because = "check-solid"; }
      else if (found === SHAKY) { status = SHAKY; because = "check-shaky"; }
      else if (done > 0) { status = SHAKY; because = "some-exercises"; }
      else if (found === NOT_YET) { status = NOT_YET; because = "check-not-yet"; }
      else { status = NOT_YET; because = "nothing-yet"; }
      chapters[chapter] = { status: status, because: because };
    });
    var start = null;
    for (var i = 0; i < order.length; i++) {
      if (own.call(chapters, order[i]) && chapters[order[i]].status !== SOLID) { start = order[i]; break; }
    }
    return { chapters: chapters, start: start };
  }

  /* One objective's standing from the evidence of its exercises (each one's review history,
   * [[day, outcome], ...]) and, while none was answered, the readiness questions about it
   * ([day, outcome] each); the same rules as objective_standing in textbook/kit/standing.py. */
  var RECENT_DAYS = 35;
  var daysBetween; // FFReview.daysBetween (ff-review.js), in the page or in Node.js
  function objectiveStanding(exercises, checked, today) {
    var sources = exercises.filter(function (history) { return history.length > 0; });
    if (!sources.length) sources = checked.map(function (outcome) { return [outcome]; });
    if (!sources.length) return { status: NOT_YET, because: "no-evidence" };
    var latest = sources.map(function (history) { return history[history.length - 1]; });
    if (latest.some(function (o) { return o[1] === "missed"; })) return { status: SHAKY, because: "missed" };
    if (latest.some(function (o) { return o[1] === "retry"; })) return { status: SHAKY, because: "retry" };
    var newest = latest.reduce(function (day, o) { return o[0] > day ? o[0] : day; }, latest[0][0]);
    if (daysBetween(newest, today) <= RECENT_DAYS) return { status: SOLID, because: "right-recently" };
    var rights = 0;
    sources.forEach(function (history) { history.forEach(function (o) { if (o[1] === "right") rights += 1; }); });
    if (rights >= 2) return { status: SOLID, because: "right-more-than-once" };
    return { status: SHAKY, because: "right-long-ago" };
  }

  if (typeof module !== "undefined" && module.exports) {
    daysBetween = require("./ff-review.js").daysBetween;
    module.exports = { result: result, standing: standing, objectiveStanding: objectiveStanding };
    return;
  }
  daysBetween = function (a, b) { return root.FFReview.daysBetween(a, b); }; // where review is loaded

  /* The standing of this learner, from what this browser keeps: the manifest gives the
   * required order and each chapter's exercises, FFProgress what is done and the check. */
  function current() {
    var manifest = root.FF_MANIFEST;
    var progress = root.FFProgress;
    if (!manifest || !Array.isArray(manifest.chapters) || !progress) return null;
    var order = manifest.chapters.map(function (c) { return c.id; });
    var exercises = {};
    order.forEach(function (id) {
      var summary = progress.chapterSummary(id);
      exercises[id] = [summary.done, summary.total];
    });
    var entry = progress.get(STORE_ID);
    var check = entry && entry.result && entry.result.chapters ? entry.result.chapters : null;
    return standing(order, check, exercises);
  }

  /* The chapter a box or list item is about: its data-chapter attribute (ff-dom.js). */
  function chapterOf(node) {
    return root.FFDom.chapterIdOf(node);
  }

  function standingBadge(status, extraClass) {
    return h("span", { className: "ff-badge ff-readiness-badge ff-readiness-" + status + (extraClass ? " " + extraClass : ""), text: LABELS[status] });
  }

  /* ---- the page ---- */

  var h = root.FFDom.h, rich = root.FFDom.rich, contentRoot = root.FFDom.contentRoot; // shared (ff-dom.js)

  function chapterLink(data, id) {
    var chapter = data.chapters[id];
    return h("a", { href: contentRoot() + chapter.docname + ".html", text: chapter.title });
  }

  function stored(hash) {
    var entry = root.FFProgress ? root.FFProgress.get(STORE_ID) : null;
    return entry && entry.result && entry.hash === hash ? entry : null;
  }

  /* The foundation map: the learner's standing in every chapter (the check and the exercises
   * done together, as every other surface shows it), and where to start. */
  function showMap(box, data, checkOutcome, chosen) {
    var outcome = current() || standing(data.order, checkOutcome.chapters, {});
    var then = checkOutcome.then && checkOutcome.then.chapters ? checkOutcome.then : null;
    box.textContent = "";
    box.appendChild(h("h2", { text: "Your foundation map", tabindex: "-1", className: "ff-readiness-title" }));
    if (outcome.start) {
      var order = data.order.indexOf(outcome.start) + 1;
      box.appendChild(h("p", { className: "ff-readiness-start" }, [
        h("strong", { text: "Start here: " }), "Chapter " + order + ", ", chapterLink(data, outcome.start),
        order === 1 ? ". It is the first chapter of the required order, and it is not yet solid for you." :
          ". It is the earliest chapter in the required order that is not yet solid for you: every chapter before it is solid."
      ]));
    } else {
      box.appendChild(h("p", { className: "ff-readiness-start" }, [
        h("strong", { text: "Your foundation looks solid. " }),
        "Read the chapters anyway, in order: the exercises will show you what a few questions could not."
      ]));
    }
    var list = h("ol", { className: "ff-readiness-map" });
    data.order.forEach(function (id) {
      var entry = outcome.chapters[id];
      if (!entry) return;
      var was = then && own(then.chapters, id) ? then.chapters[id] : null;
      list.appendChild(h("li", { className: "ff-readiness-" + entry.status }, [
        chapterLink(data, id), " ",
        was ? h("span", { className: "ff-then" }, [
          h("span", { className: "ff-then-label", text: "Then " }),
          h("span", { className: "ff-badge ff-objective-badge ff-objective-" + was, text: LABELS[was] }),
          h("span", { className: "ff-then-label", text: was === entry.status ? " now " : " \u2192 now " })
        ]) : null,
        h("span", { className: "ff-badge ff-readiness-badge", text: LABELS[entry.status] }),
        h("span", { className: "ff-readiness-meaning", text: ": " + BECAUSE[entry.because] + "." })
      ]));
    });
    if (then) {
      box.appendChild(h("p", { className: "ff-then-note" }, [
        "Then and now: \u201cthen\u201d is your map when you took the check before" +
          (then.day ? " (" + then.day + ")" : "") + ", and \u201cnow\u201d is your map today."
      ]));
    }
    box.appendChild(list);
    box.appendChild(h("p", { className: "ff-readiness-note" }, [
      "This map joins your answers here with the exercises you have done in the chapters. ",
      "A chapter whose exercises you have all done is solid, whatever a question here said."
    ]));
    if (chosen) box.appendChild(answersReview(data, chosen));
  }

  /* Each question with the learner's answer, the right one, and why: what "Shaky" or
   * "Not yet" rests on. Collapsed by chapter, so the map stays short. */
  function answersReview(data, chosen) {
    var section = h("div", { className: "ff-readiness-answers" }, [
      h("h3", { text: "Your answers, and why" })
    ]);
    var number = 0;
    data.order.forEach(function (chapterId) {
      var probes = data.probes.filter(function (p) { return p.chapter === chapterId; });
      if (!probes.length) return;
      var right = probes.filter(function (p) { return answeredRight(p, chosen[p.id]); }).length;
      var details = h("details", { className: "ff-readiness-chapter-answers" }, [
        h("summary", { text: data.chapters[chapterId].title + ": " + right + " of " + probes.length + " right" })
      ]);
      probes.forEach(function (probe) {
        number += 1;
        var answer = Object.prototype.hasOwnProperty.call(chosen, probe.id) ? chosen[probe.id] : null;
        var ok = answeredRight(probe, answer);
        var picked = typeof answer === "number" && probe.options[answer] ? probe.options[answer] : null;
        var correct = probe.options.filter(function (o) { return o.correct; })[0];
        var item = h("div", { className: "ff-readiness-answer " + (ok ? "ff-answer-right" : "ff-answer-wrong") });
        var question = h("p", { className: "ff-readiness-question-text" }, [h("strong", { text: number + ". " })]);
        question.appendChild(rich(probe.prompt));
        item.appendChild(question);
        var yours = h("p", null, [h("strong", { text: ok ? "Your answer (right): " : "Your answer: " })]);
        yours.appendChild(picked ? rich(picked.text) : document.createTextNode("no answer"));
        item.appendChild(yours);
        if (picked) item.appendChild(h("p", { className: "ff-readiness-why" }, [rich(picked.feedback)]));
        if (!ok && correct) {
          var best = h("p", null, [h("strong", { text: "The best answer: " })]);
          best.appendChild(rich(correct.text));
          item.appendChild(best);
          item.appendChild(h("p", { className: "ff-readiness-why" }, [rich(correct.feedback)]));
        }
        details.appendChild(item);
      });
      section.appendChild(details);
    });
    return section;
  }

  function build(container) {
    var script = container.querySelector("script.ff-readiness-data");
    if (!script) return;
    var data = JSON.parse(script.textContent);
    container.classList.add("ff-enhanced");
    var form = h("form", { className: "ff-form ff-readiness-form", novalidate: "novalidate" });
    var number = 0;
    data.order.forEach(function (chapterId) {
      var group = h("fieldset", { className: "ff-readiness-group" }, [h("legend", { text: data.chapters[chapterId].title })]);
      data.probes.filter(function (p) { return p.chapter === chapterId; }).forEach(function (probe) {
        number += 1;
        var question = h("fieldset", { className: "ff-readiness-question", "data-probe": probe.id });
        var legend = h("legend", null, [number + ". "]);
        legend.appendChild(rich(probe.prompt));
        question.appendChild(legend);
        /* shown in the order textbook/kit/presentation.py gives the text version: derived
         * from the probe's id (FFCheck.displayOrder), unless its author kept them in order */
        var shown = probe.shuffle === false
          ? probe.options.map(function (option, index) { return index; })
          : root.FFCheck.displayOrder(probe.id, probe.options.length, false);
        shown.forEach(function (index) {
          var option = probe.options[index];
          var id = "ff-ready-" + probe.id + "-" + index;
          var input = h("input", { type: "radio", name: "ff-ready-" + probe.id, id: id, value: String(index) });
          var label = h("label", { "for": id, className: "ff-option-label" });
          label.appendChild(rich(option.text));
          question.appendChild(h("div", { className: "ff-option" }, [input, label]));
        });
        group.appendChild(question);
      });
      form.appendChild(group);
    });
    var status = h("p", { className: "ff-feedback", "aria-live": "polite" });
    var submit = h("button", { type: "submit", className: "ff-button ff-primary", text: "See my foundation map" });
    form.appendChild(h("p", null, [submit]));
    form.appendChild(status);
    var map = h("div", { className: "ff-readiness-result", "aria-live": "polite" });
    var retake = h("button", { type: "button", className: "ff-button", text: "Take the check again", hidden: "hidden" });
    container.appendChild(form);
    container.appendChild(map);
    container.appendChild(retake);

    function answers() {
      var chosen = {};
      data.probes.forEach(function (probe) {
        var checked = form.querySelector('input[name="ff-ready-' + probe.id + '"]:checked');
        if (checked) chosen[probe.id] = Number(checked.value);
      });
      return chosen;
    }

    function finish(chosen, save) {
      var outcome = result(data.order, data.probes, chosen);
      if (save && root.FFProgress) {
        /* which questions were right: evidence for each objective (ff-objectives.js) */
        outcome.right = {};
        data.probes.forEach(function (p) { outcome.right[p.id] = answeredRight(p, own(chosen, p.id) ? chosen[p.id] : null); });
        /* a retake keeps the map the learner saw last, to show "then" beside "now" */
        var before = root.FFProgress.get(STORE_ID);
        var last = before && before.result && before.result.chapters ? current() : null;
        if (last) {
          outcome.then = { day: String(before.updated || "").slice(0, 10), chapters: {} };
          Object.keys(last.chapters).forEach(function (id) { outcome.then.chapters[id] = last.chapters[id].status; });
        }
        root.FFProgress.record(STORE_ID, data.hash, chosen, outcome, true);
      } else {
        var kept = stored(data.hash);
        if (kept && kept.result && kept.result.then) outcome.then = kept.result.then;
      }
      form.hidden = true;
      retake.hidden = false;
      showMap(map, data, outcome, chosen);
      return outcome;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = answers();
      var missing = data.probes.length - Object.keys(chosen).length;
      if (missing > 0) {
        status.textContent = missing + (missing === 1 ? " question has" : " questions have") +
          " no answer yet. Answer every question, or guess: a guess counts as not yet solid.";
        if (!status.dataset.warned) { status.dataset.warned = "1"; return; }
      }
      status.textContent = "";
      finish(chosen, true);
      var title = map.querySelector(".ff-readiness-title");
      if (title) title.focus();
    });
    retake.addEventListener("click", function () {
      form.reset();
      delete status.dataset.warned;
      form.hidden = false;
      retake.hidden = true;
      map.textContent = "";
      var first = form.querySelector("input");
      if (first) first.focus();
    });

    container.ffRefresh = function () {
      var latest = stored(data.hash);
      if (latest && form.hidden) showMap(map, data, latest.result || result(data.order, data.probes, latest.response || {}), latest.response || {});
    };

    var saved = stored(data.hash);
    if (saved) {
      Object.keys(saved.response || {}).forEach(function (id) {
        var input = form.querySelector('input[name="ff-ready-' + id + '"][value="' + Number(saved.response[id]) + '"]');
        if (input) input.checked = true;
      });
      finish(saved.response || {}, false);
    }
  }

  /* On "Your path": each chapter's standing, and one "Start here" (the model's start). */
  function markPath() {
    var path = document.querySelector("ol.ff-path");
    if (!path || !root.FFProgress) return;
    Array.prototype.forEach.call(document.querySelectorAll(".ff-readiness-added"), function (n) { n.remove(); });
    var outcome = current();
    if (!outcome) return;
    var entry = root.FFProgress.get(STORE_ID);
    var link = h("a", { href: contentRoot() + "book/readiness.html", text: "readiness check" });
    var taken = Boolean(entry && entry.result && entry.result.chapters);
    var note = h("p", { className: "ff-readiness-added ff-path-readiness" }, taken ? [
      outcome.start ? "Start with the chapter marked \u201cStart here\u201d: your readiness check and the exercises you have done agree it is the earliest one not yet solid. " :
        "Your readiness check and your exercises show a solid foundation. ",
      "Retake the ", link, " at any time."
    ] : [
      outcome.start ? "Start with the chapter marked \u201cStart here\u201d. " : "",
      "Not sure what you already know? Take the ", link, "."
    ]);
    path.parentNode.insertBefore(note, path);
    Array.prototype.forEach.call(path.querySelectorAll("li.ff-path-item"), function (item) {
      var id = chapterOf(item);
      var standingOf = id && outcome.chapters[id];
      var title = item.querySelector(".ff-path-title");
      if (!standingOf || !title) return;
      var badge = standingBadge(standingOf.status, "ff-readiness-added");
      badge.setAttribute("title", BECAUSE[standingOf.because]);
      title.appendChild(badge);
      if (outcome.start === id) title.appendChild(h("span", { className: "ff-readiness-added ff-badge ff-start-here", text: "Start here" }));
    });
  }

  /* "Before you start" and "Built on": each prerequisite's standing, and a warning naming the
   * ones that are not solid yet. */
  function markPrerequisites() {
    var outcome = current();
    if (!outcome) return;
    Array.prototype.forEach.call(document.querySelectorAll(".before-you-start"), function (box) {
      Array.prototype.forEach.call(box.querySelectorAll(".ff-readiness-added"), function (n) { n.remove(); });
      var items = box.querySelectorAll("li.ff-prereq");
      if (!items.length) return;
      var shaky = [];
      Array.prototype.forEach.call(items, function (item) {
        var entry = outcome.chapters[chapterOf(item)] || { status: NOT_YET, because: "nothing-yet" };
        var host = item.querySelector("p") || item;
        var badge = standingBadge(entry.status, "ff-readiness-added");
        host.appendChild(badge);
        host.appendChild(h("span", { className: "ff-readiness-added ff-readiness-meaning", text: " (" + BECAUSE[entry.because] + ")" }));
        if (entry.status !== SOLID) shaky.push((item.querySelector("a") || item).textContent.trim());
      });
      if (shaky.length) {
        var list = items[items.length - 1].parentNode;
        list.parentNode.insertBefore(h("p", { className: "ff-prereq-warning ff-readiness-added" }, [
          h("span", { className: "ff-icon", "aria-hidden": "true", text: "!" }), " ",
          "Not solid yet for you: " + shaky.join("; ") + ". You can read on, but the earlier chapters come first for a reason."
        ]), list.nextSibling);
      }
    });
  }

  /* A chapter's progress box: its standing beside the count of exercises done. */
  function markChapterProgress() {
    var outcome = current();
    if (!outcome) return;
    Array.prototype.forEach.call(document.querySelectorAll('[data-role="chapter-progress"]'), function (box) {
      Array.prototype.forEach.call(box.querySelectorAll(".ff-readiness-added"), function (n) { n.remove(); });
      var entry = outcome.chapters[chapterOf(box)];
      if (!entry) return;
      var line = h("p", { className: "ff-readiness-added ff-standing-line" }, [
        "Your standing in this chapter: ", standingBadge(entry.status), " (" + BECAUSE[entry.because] + ")."
      ]);
      var text = box.querySelector(".ff-progress-text");
      box.insertBefore(line, text ? text : null);
    });
  }

  /* Every surface of the model, drawn again whenever progress changes (an exercise, an import). */
  function render() {
    markPath();
    markPrerequisites();
    markChapterProgress();
    Array.prototype.forEach.call(document.querySelectorAll(".ff-readiness.ff-enhanced"), function (container) {
      if (container.ffRefresh) container.ffRefresh();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".ff-readiness"), build);
    render();
    root.addEventListener("ff-progress-change", render);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  root.FFReadiness = {
    result: result, standing: standing, objectiveStanding: objectiveStanding, current: current, render: render,
    LABELS: LABELS, answeredRight: answeredRight
  };
})(typeof window !== "undefined" ? window : this);
