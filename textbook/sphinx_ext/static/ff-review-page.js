/* Foundations First: the Review page. Today's session (FFReview.session over the learner's
 * review state, FFProgress.review), drawn with the same exercise components as the chapters
 * (ff-exercises.js); or, when nothing is due, the day the next review is due and the next
 * chapter in the required order. Each chapter's exercises come from
 * _static/ff-review-data/<chapter>.js, loaded only for the chapters in the session (a script
 * element: it works from file:// too). A page script. Plain ES2017, no modules. */
(function () {
  "use strict";

  var dom = window.FFDom;
  var h = dom.h;

  function chapters() {
    return (window.FF_MANIFEST && window.FF_MANIFEST.chapters) || [];
  }

  function chapterInfo(id) {
    var list = chapters();
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return { number: i + 1, chapter: list[i] };
    return null;
  }

  function href(docname, exerciseId) {
    return dom.contentRoot() + docname + ".html" + (exerciseId ? "#exercise-" + exerciseId : "");
  }

  /* "Friday, March 7" (and the year when it is not this year's). */
  function longDay(day, today) {
    var parts = day.split("-");
    var when = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]), 12);
    var options = { weekday: "long", month: "long", day: "numeric" };
    if (day.slice(0, 4) !== today.slice(0, 4)) options.year = "numeric";
    return when.toLocaleDateString("en-CA", options);
  }

  function inDays(days) {
    return days === 1 ? "tomorrow" : "in " + days + " days";
  }

  /* Load the data files of the chapters given; call done() when every one has answered. */
  function loadChapters(ids, done) {
    window.FF_REVIEW_DATA = window.FF_REVIEW_DATA || {};
    var waiting = ids.filter(function (id) { return !window.FF_REVIEW_DATA[id]; });
    if (!waiting.length) { done(); return; }
    var left = waiting.length;
    waiting.forEach(function (id) {
      var script = document.createElement("script");
      script.src = dom.contentRoot() + "_static/ff-review-data/" + id + ".js";
      script.onload = script.onerror = function () {
        left -= 1;
        if (left === 0) done();
      };
      document.head.appendChild(script);
    });
  }

  function exerciseRoot(item, data) {
    var root = h("div", {
      className: "ff-exercise", id: "exercise-" + item.id, "data-exercise-id": item.id, "data-kind": item.kind,
      "data-hash": item.hash, "data-owner": item.chapter, "data-counts": "true", "data-fresh": "true"
    });
    var script = h("script", { type: "application/json", className: "ff-exercise-data" });
    script.textContent = JSON.stringify(data);
    root.appendChild(script);
    return root;
  }

  /* What the first answer today did to an exercise's box, in words. */
  function outcomeText(entry, today) {
    if (!entry || entry.last !== today || !entry.history.length) return "";
    var outcome = entry.history[entry.history.length - 1][1];
    var when = inDays(window.FFReview.daysBetween(today, entry.due));
    if (outcome === "right") return "Right the first time: it moves up to box " + entry.box + " and comes back " + when + ".";
    if (outcome === "retry") return "Right after another try: it stays in the first box and comes back " + when + ".";
    return "Not this time: it goes back to the first box and comes back " + when + ". Reread its page if it helps.";
  }

  function drawSession(box, session, byId, today) {
    var progress = window.FFProgress;
    var review = progress.review();
    var due = window.FFReview.dueNow(review, reviewItems(), today).length;
    var chapterIds = [];
    session.forEach(function (id) { if (chapterIds.indexOf(byId[id].chapter) < 0) chapterIds.push(byId[id].chapter); });
    box.appendChild(h("p", { className: "ff-review-summary" }, [
      h("strong", { text: dom.plural(due, "exercise is", "exercises are") + " due for review today. " }),
      (session.length < due ? "Here are " + session.length + " of them" : session.length === 1 ? "Here it is" : "Here they are") +
        ", from " + dom.plural(chapterIds.length, "chapter", "chapters") + ", the ones due longest first. " +
        "Answer each one from memory before you look back at its page."
    ]));
    var list = h("ol", { className: "ff-review-list" });
    box.appendChild(list);
    loadChapters(chapterIds, function () {
      session.forEach(function (id, n) {
        var item = byId[id];
        var info = chapterInfo(item.chapter);
        var data = window.FF_REVIEW_DATA[item.chapter] && window.FF_REVIEW_DATA[item.chapter][id];
        var from = h("p", { className: "ff-review-from" }, [
          "From Chapter " + (info ? info.number : "?") + ", " + (info ? info.chapter.title : item.chapter) + ": ",
          h("a", { href: href(item.docname || (info && info.chapter.docname), id), text: item.page_title || "its page" })
        ]);
        var entry = h("li", { className: "ff-review-item", "data-exercise-id": id, "data-chapter": item.chapter }, [
          h("h3", { className: "ff-review-title", text: item.title }),
          from
        ]);
        if (data) entry.appendChild(exerciseRoot(item, data));
        else entry.appendChild(h("p", { text: "This exercise could not be loaded. Open it on its page with the link above." }));
        entry.appendChild(h("p", { className: "ff-review-outcome", "aria-live": "polite" }));
        list.appendChild(entry);
        if (n === 0) entry.setAttribute("data-first", "true");
      });
      if (window.FFExercises) window.FFExercises.enhanceAll();
      box.appendChild(h("p", { className: "ff-review-after" }, [
        "Each one you answer right the first time comes back later, after a longer gap. One you miss comes back tomorrow. ",
        "Come back to this page on another day for the next review."
      ]));
      window.addEventListener("ff-progress-change", function (event) {
        var id = event.detail && event.detail.id;
        if (!id || session.indexOf(id) < 0) return;
        var row = list.querySelector('li[data-exercise-id="' + id + '"] .ff-review-outcome');
        var stored = window.FFProgress.review()[id];
        if (row) row.textContent = outcomeText(stored, today);
      });
    });
  }

  function drawNothingDue(box, today) {
    var progress = window.FFProgress;
    var next = window.FFReview.nextDue(progress.review(), reviewItems(), today);
    var nothing = h("div", { className: "ff-review-nothing" });
    if (next) {
      var days = window.FFReview.daysBetween(today, next);
      nothing.appendChild(h("p", null, [
        h("strong", { text: "Nothing is due for review today. " }),
        "Your next review is due on " + longDay(next, today) + " (" + inDays(days) + ")."
      ]));
    } else {
      nothing.appendChild(h("p", null, [
        h("strong", { text: "Nothing to review yet. " }),
        "Review brings back the exercises you answer in the chapters: the first time a day later, then after longer and longer gaps."
      ]));
    }
    var standing = window.FFReadiness ? window.FFReadiness.current() : null;
    var start = standing && standing.start ? chapterInfo(standing.start) : null;
    if (start) {
      nothing.appendChild(h("p", { className: "ff-review-next", "data-chapter": start.chapter.id }, [
        "Next in the required order: Chapter " + start.number + ", ",
        h("a", { href: href(start.chapter.docname), text: start.chapter.title }), "."
      ]));
    } else if (standing) {
      nothing.appendChild(h("p", { className: "ff-review-next" }, [
        "Every foundation chapter is solid for you. Look again at a chapter you found hard, or at what you wrote below."
      ]));
    }
    box.appendChild(nothing);
  }

  /* Reflections never come back as due: the learner may look again at what they wrote. */
  function drawLookAgain(box) {
    var progress = window.FFProgress;
    var written = [];
    chapters().forEach(function (chapter, index) {
      (chapter.exercises || []).forEach(function (e) {
        if (e.kind !== "reflection") return;
        var entry = progress.get(e.id);
        var text = entry && entry.hash === e.hash && entry.response && typeof entry.response.text === "string" ? entry.response.text.trim() : "";
        if (text) written.push({ e: e, number: index + 1, chapter: chapter, text: text });
      });
    });
    if (!written.length) return;
    var list = h("ul", { className: "ff-review-reflections" });
    written.forEach(function (r) {
      list.appendChild(h("li", null, [
        h("a", { href: href(r.e.docname || r.chapter.docname, r.e.id), text: r.e.title }),
        " (Chapter " + r.number + ")",
        h("details", null, [h("summary", { text: "What you wrote" }), h("p", { className: "ff-review-reflection-text", text: r.text })])
      ]));
    });
    box.appendChild(h("section", { className: "ff-review-look-again", "aria-labelledby": "ff-look-again-title" }, [
      h("h2", { id: "ff-look-again-title", text: "Look again at what you wrote" }),
      h("p", { text: "Optional. Reflections do not come back as due, but rereading one a few weeks later can show you how your thinking has moved. Edit it on its page if you like." }),
      list
    ]));
  }

  function reviewItems() {
    return window.FFProgress.reviewables().order.map(function (item) { return [item.id, item.chapter, item.hash]; });
  }

  function init() {
    var box = document.querySelector(".ff-review-session");
    if (!box || !window.FFProgress || !window.FFReview) return;
    var today = window.FFProgress.today();
    var byId = window.FFProgress.reviewables().byId;
    var session = window.FFReview.session(window.FFProgress.review(), reviewItems(), today);
    box.hidden = false;
    if (session.length) drawSession(box, session, byId, today);
    else drawNothingDue(box, today);
    drawLookAgain(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
