/* Foundations First: the foundation record, a page a learner brings to the first meeting with
 * a practicum supervisor. Made in this browser from the learner's own progress (FFProgress),
 * shown in full before it is printed or saved, and never sent anywhere. It holds the
 * foundation chapters finished (with the day of the latest answer in each) and each objective
 * by state (FFObjectives, the one model: the exercises answered, or the readiness check where
 * none about an objective was); the learning plan and reflections only when the learner ticks
 * them, one by one.
 * A page script. Plain ES2017, no modules, no requests. */
(function () {
  "use strict";

  var dom = window.FFDom;
  var h = dom.h;
  var FILE_NAME = "my-foundation-record.html";
  var STATES = ["solid", "shaky", "not-yet"];
  var HEADINGS = { solid: "Solid", shaky: "Shaky", "not-yet": "Not yet" };
  var MEANINGS = {
    solid: "answered correctly, recently or more than once",
    shaky: "missed, right only after another try, or right once a while ago",
    "not-yet": "nothing about it answered yet"
  };
  /* The sheet's own look, on the screen and on paper (also written into the saved file). */
  var SHEET_CSS = [
    ".ff-record-sheet{font:11pt/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#111;background:#fff;" +
      "border:1px solid #999;padding:1.25rem 1.5rem;max-width:48rem;margin:1rem 0}",
    ".ff-record-sheet h2{font-size:1.45em;margin:0 0 .25rem}",
    ".ff-record-sheet h3{font-size:1.1em;margin:1.1rem 0 .4rem;border-bottom:1px solid #999;padding-bottom:.15rem}",
    ".ff-record-sheet h4{font-size:1em;margin:.7rem 0 .25rem}",
    ".ff-record-sheet ul{margin:.2rem 0 .5rem;padding-left:1.3rem}",
    ".ff-record-sheet li{margin:.1rem 0;break-inside:avoid}",
    ".ff-record-sheet p{margin:.3rem 0}",
    ".ff-record-sheet .ff-record-meta,.ff-record-sheet .ff-record-foot{color:#333;font-size:.9em}",
    ".ff-record-sheet .ff-record-text{white-space:pre-wrap;border-left:3px solid #999;padding-left:.6rem}",
    ".ff-record-sheet .ff-record-chapter-of{color:#333}"
  ].join("\n");
  /* On paper: the sheet alone, in the page's full width, on A4 or Letter alike. */
  var PRINT_CSS = "@media print{@page{margin:16mm 15mm}" +
    "html.ff-record-page body *{visibility:hidden}" +
    "html.ff-record-page .ff-record-sheet,html.ff-record-page .ff-record-sheet *{visibility:visible}" +
    "html.ff-record-page .ff-record-sheet{position:absolute;left:0;top:0;width:100%;max-width:none;margin:0;border:0;padding:0}" +
    "html.ff-record-page .ff-record-sheet h3{break-after:avoid}}";

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  function chapters() {
    return (window.FF_MANIFEST && window.FF_MANIFEST.chapters) || [];
  }

  function longDate(day) {
    var parts = day.split("-");
    return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]), 12)
      .toLocaleDateString("en-CA", { year: "numeric", month: "long", day: "numeric" });
  }

  /* Each foundation chapter with its counted exercises all done, and the day of the latest
   * answer to one of them (any answer moves it, a review's too: not the day it was finished). */
  function finished() {
    var progress = window.FFProgress;
    var out = [];
    chapters().forEach(function (chapter, index) {
      var counting = (chapter.exercises || []).filter(function (e) { return e.counts !== false; });
      if (!counting.length) return;
      var last = "";
      var all = counting.every(function (e) {
        var entry = progress.get(e.id);
        if (!entry || !entry.done || entry.hash !== e.hash) return false;
        if (entry.updated > last) last = entry.updated;
        return true;
      });
      out.push({ number: index + 1, chapter: chapter, done: all, day: all && last ? window.FFReview.localDay(last) : null,
        summary: progress.chapterSummary(chapter.id) });
    });
    return out;
  }

  /* The learner's written reflections (and the plan among them), in the book's order. */
  function writings() {
    var progress = window.FFProgress;
    var out = [];
    chapters().forEach(function (chapter, index) {
      (chapter.exercises || []).forEach(function (e) {
        if (e.kind !== "reflection") return;
        var entry = progress.get(e.id);
        var text = entry && entry.hash === e.hash && entry.response && typeof entry.response.text === "string" ? entry.response.text.trim() : "";
        if (text) out.push({ id: e.id, title: e.title, number: index + 1, text: text });
      });
    });
    return out;
  }

  function sheet(container, options) {
    var progress = window.FFProgress;
    var book = window.FF_MANIFEST && window.FF_MANIFEST.book && window.FF_MANIFEST.book.title;
    var today = progress.today();
    var out = h("article", { className: "ff-record-sheet", "aria-labelledby": "ff-record-heading" });
    out.appendChild(h("h2", { id: "ff-record-heading", text: "Foundation record" + (options.name ? ": " + options.name : "") }));
    out.appendChild(h("p", { className: "ff-record-meta", text: "Made on " + longDate(today) + " from the learner's own progress in " +
      (book || "Foundations First") + ". It is a starting point for a conversation, not a grade." }));

    var chapterList = finished();
    var done = chapterList.filter(function (c) { return c.done; });
    out.appendChild(h("h3", { text: "Foundation chapters finished" }));
    if (done.length) {
      out.appendChild(h("ul", { className: "ff-record-chapters" }, done.map(function (c) {
        return h("li", { "data-chapter": c.chapter.id, text: "Chapter " + c.number + ", " + c.chapter.title +
          (c.day ? ": latest answer on " + longDate(c.day) : "") });
      })));
    } else {
      out.appendChild(h("p", { text: "None yet: a chapter is finished when all its exercises are done." }));
    }
    var started = chapterList.filter(function (c) { return !c.done && c.summary.done > 0; });
    if (started.length) {
      out.appendChild(h("p", { className: "ff-record-started", text: "Started: " + started.map(function (c) {
        return "Chapter " + c.number + ", " + c.chapter.title + " (" + c.summary.done + " of " + c.summary.total + " exercises)";
      }).join("; ") + "." }));
    }

    var objectives = window.FFObjectives.all(container.querySelector(".ff-record-evidence"));
    out.appendChild(h("h3", { text: "Objectives, by state" }));
    STATES.forEach(function (state) {
      var mine = objectives.filter(function (o) { return o.status === state; });
      var title = window.FFObjectives.chapterTitle;
      out.appendChild(h("h4", { text: HEADINGS[state] + " (" + mine.length + "): " + MEANINGS[state] }));
      if (!mine.length) { out.appendChild(h("p", { text: "None." })); return; }
      out.appendChild(h("ul", { className: "ff-record-objectives", "data-state": state }, mine.map(function (o) {
        var chapter = title(o.chapter);
        return h("li", { "data-objective": o.id }, [o.text + " ",
          h("span", { className: "ff-record-chapter-of", text: chapter ? "(Chapter " + chapter.number + ")" : "" })]);
      })));
    });

    var written = writings();
    var plan = options.plan ? written.filter(function (w) { return w.id === options.planId; })[0] : null;
    if (plan) {
      out.appendChild(h("h3", { text: "My practicum learning plan" }));
      out.appendChild(h("p", { className: "ff-record-text", "data-exercise-id": plan.id, text: plan.text }));
    }
    var chosen = written.filter(function (w) { return options.reflections.indexOf(w.id) >= 0 && w.id !== options.planId; });
    if (chosen.length) {
      out.appendChild(h("h3", { text: "Reflections I chose to share" }));
      chosen.forEach(function (w) {
        out.appendChild(h("h4", { text: w.title + " (Chapter " + w.number + ")" }));
        out.appendChild(h("p", { className: "ff-record-text", "data-exercise-id": w.id, text: w.text }));
      });
    }
    out.appendChild(h("p", { className: "ff-record-foot", text: "The states come from the exercises answered in the book; " +
      "for an objective with no exercise answered yet, from the readiness check, if the learner took it. " +
      "Solid means answered correctly recently or more than once; shaky means missed, right only after another try, " +
      "or right once a while ago; not yet means nothing about it answered. " +
      "Made on the learner's own device; the record is not sent anywhere." }));
    return out;
  }

  function build(container) {
    var tools = container.querySelector(".ff-record-tools");
    if (!tools || !window.FFProgress || !window.FFObjectives) return;
    // The sheet alone on paper, but only on the record's own page: in the book printed as one
    // page (the PDF), every chapter shares this document and must print.
    /* global DOCUMENTATION_OPTIONS */
    var builder = typeof DOCUMENTATION_OPTIONS !== "undefined" ? DOCUMENTATION_OPTIONS.BUILDER : "html";
    if (builder !== "singlehtml") document.documentElement.classList.add("ff-record-page");
    var style = document.createElement("style");
    style.textContent = SHEET_CSS + "\n" + PRINT_CSS;
    document.head.appendChild(style);

    var planId = container.getAttribute("data-plan") || "";
    var written = writings();
    var hasPlan = written.some(function (w) { return w.id === planId; });
    var others = written.filter(function (w) { return w.id !== planId; });

    var name = h("input", { type: "text", id: "ff-record-name", maxlength: "100", autocomplete: "name", spellcheck: "false" });
    var planBox = h("input", { type: "checkbox", id: "ff-record-plan" });
    var boxes = others.map(function (w) {
      return h("input", { type: "checkbox", id: "ff-record-r-" + w.id, value: w.id, "data-reflection": w.id });
    });
    var controls = h("fieldset", { className: "ff-record-choices" }, [
      h("legend", { text: "What goes into your record" }),
      h("p", null, [h("label", { "for": "ff-record-name", text: "Your name (optional)" }), h("br"), name])
    ]);
    if (hasPlan) {
      controls.appendChild(h("p", { className: "ff-option" }, [planBox,
        h("label", { "for": "ff-record-plan", text: "Include my practicum learning plan (Chapter 9)" })]));
    } else {
      controls.appendChild(h("p", { text: "Your practicum learning plan will appear as a choice here once you write it in Chapter 9." }));
    }
    if (others.length) {
      var group = h("fieldset", { className: "ff-record-reflections" }, [
        h("legend", { text: "Reflections to include (each one is left out until you tick it)" })
      ]);
      others.forEach(function (w, n) {
        group.appendChild(h("p", { className: "ff-option" }, [boxes[n],
          h("label", { "for": "ff-record-r-" + w.id, text: w.title + " (Chapter " + w.number + ")" })]));
      });
      controls.appendChild(group);
    } else {
      controls.appendChild(h("p", { text: "You have not written a reflection yet, so there are none to choose." }));
    }
    var print = h("button", { type: "button", className: "ff-button ff-button--primary", text: "Print the record" });
    var save = h("button", { type: "button", className: "ff-button", text: "Save as a file" });
    var status = h("p", { className: "ff-record-status", role: "status", "aria-live": "polite" });
    var preview = h("div", { className: "ff-record-preview" });
    tools.appendChild(controls);
    tools.appendChild(h("h2", { text: "Your record, as it will print" }));
    tools.appendChild(preview);
    tools.appendChild(h("p", { className: "ff-record-actions" }, [print, " ", save]));
    tools.appendChild(status);
    tools.hidden = false;

    function options() {
      return {
        name: String(name.value || "").replace(/\s+/g, " ").trim().slice(0, 100),
        plan: planBox.checked,
        planId: planId,
        reflections: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })
      };
    }
    function draw() {
      preview.textContent = "";
      preview.appendChild(sheet(container, options()));
    }
    name.addEventListener("input", draw);
    planBox.addEventListener("change", draw);
    boxes.forEach(function (b) { b.addEventListener("change", draw); });
    window.addEventListener("ff-progress-change", draw);
    print.addEventListener("click", function () { window.print(); });
    save.addEventListener("click", function () {
      var current = preview.querySelector(".ff-record-sheet");
      var file = "<!DOCTYPE html>\n<html lang=\"en-CA\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Foundation record</title>\n<style>\n" +
        SHEET_CSS + "\n@media print{@page{margin:16mm 15mm}.ff-record-sheet{border:0;padding:0;margin:0;max-width:none}}\n</style>\n</head>\n<body>\n" +
        current.outerHTML + "\n</body>\n</html>\n";
      var url = URL.createObjectURL(new Blob([file], { type: "text/html" }));
      var link = h("a", { href: url, download: FILE_NAME, hidden: true });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      status.textContent = "Saved as " + FILE_NAME + " on this device. It holds exactly what you see above.";
    });
    draw();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".ff-record"), build);
  }

  window.FFRecord = { finished: finished };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
