/* Foundations First: what the learner knows of each objective, on the pages that list
 * objectives (the end of each chapter, "Your path", the foundation record). Each
 * li.ff-objective carries its evidence (data-exercises, data-probes); the state is
 * FFReadiness.objectiveStanding (the one model, textbook/kit/standing.py in Python), from each
 * exercise's review history (FFProgress.review) and, while no exercise about it has been
 * answered, the readiness check's questions. A page script: loaded only where objectives are
 * listed. Plain ES2017, no modules, no requests. */
(function () {
  "use strict";

  var dom = window.FFDom;
  var h = dom.h;
  var own = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };
  // The three states' names: the learner model's own (ff-readiness.js loads before this file).
  var LABELS = window.FFReadiness ? window.FFReadiness.LABELS : {};
  var BECAUSE = {
    "missed": "you missed a question about it",
    "retry": "you got it right only after another try",
    "right-recently": "you got it right recently",
    "right-more-than-once": "you got it right more than once",
    "right-long-ago": "you got it right once, a while ago",
    "no-evidence": "you have not answered a question about it yet"
  };

  var exercises = null;
  /* Every exercise of the manifest, by id, with its chapter. */
  function exercise(id) {
    if (!exercises) {
      exercises = {};
      var manifest = window.FF_MANIFEST || { chapters: [] };
      (manifest.chapters || []).forEach(function (chapter) {
        (chapter.exercises || []).forEach(function (e) { exercises[e.id] = { data: e, chapter: chapter }; });
      });
    }
    return own(exercises, id) ? exercises[id] : null;
  }

  function words(value) {
    return String(value || "").split(/\s+/).filter(function (w) { return w && window.FFProgress.isId(w); });
  }

  /* The objective an li.ff-objective is about, with its state. */
  function judge(item) {
    var progress = window.FFProgress;
    var review = progress.review();
    var ids = words(item.getAttribute("data-exercises"));
    var histories = ids.map(function (id) {
      var known = exercise(id);
      var entry = own(review, id) ? review[id] : null;
      return entry && known && entry.hash === known.data.hash ? entry.history : [];
    });
    var checked = [];
    var check = progress.get("readiness-check");
    var right = check && check.result && check.result.right && typeof check.result.right === "object" ? check.result.right : null;
    var day = check && check.updated ? window.FFReview.localDay(check.updated) : null;
    if (right && day) {
      words(item.getAttribute("data-probes")).forEach(function (probe) {
        if (own(right, probe)) checked.push([day, right[probe] === true ? "right" : "missed"]);
      });
    }
    var state = window.FFReadiness.objectiveStanding(histories, checked, progress.today());
    var list = item.closest(".ff-objectives");
    var textNode = item.querySelector(".ff-objective-text");
    return {
      id: item.getAttribute("data-objective"),
      chapter: list ? list.getAttribute("data-chapter") : null,
      text: textNode ? textNode.textContent : item.textContent,
      exercises: ids.map(exercise).filter(Boolean),
      status: state.status,
      because: state.because
    };
  }

  function badge(status) {
    return h("span", { className: "ff-badge ff-objective-badge ff-objective-" + status, text: LABELS[status] });
  }

  function pageHref(docname, exerciseId) {
    return dom.contentRoot() + docname + ".html" + (exerciseId ? "#exercise-" + exerciseId : "");
  }

  function chapterTitle(id) {
    var chapters = (window.FF_MANIFEST && window.FF_MANIFEST.chapters) || [];
    for (var i = 0; i < chapters.length; i++) if (chapters[i].id === id) return { number: i + 1, title: chapters[i].title };
    return null;
  }

  /* Every objective listed on the page, judged, in the page's order. */
  function all(scope) {
    return Array.prototype.map.call((scope || document).querySelectorAll("li.ff-objective"), judge);
  }

  /* "Objectives to strengthen" on "Your path": each shaky one, with the page to reread and its
   * exercises to try. */
  function drawShaky(judged) {
    var section = document.querySelector(".ff-shaky-objectives");
    if (!section) return;
    var list = section.querySelector(".ff-shaky-list");
    list.textContent = "";
    var shaky = judged.filter(function (o) { return o.status === "shaky"; });
    shaky.forEach(function (o) {
      var chapter = chapterTitle(o.chapter);
      var pages = [];
      o.exercises.forEach(function (e) {
        if (e.data.docname && pages.indexOf(e.data.docname) < 0) pages.push(e.data.docname);
      });
      var item = h("li", { className: "ff-shaky-item", "data-objective": o.id, "data-chapter": o.chapter }, [
        h("p", { className: "ff-shaky-objective" }, [
          h("strong", { text: o.text }),
          chapter ? " (Chapter " + chapter.number + ", " + chapter.title + "): " : ": ",
          BECAUSE[o.because] + "."
        ])
      ]);
      var reread = h("p", null, ["Reread: "]);
      pages.forEach(function (docname, n) {
        var first = o.exercises.filter(function (e) { return e.data.docname === docname; })[0];
        if (n) reread.appendChild(document.createTextNode("; "));
        reread.appendChild(h("a", { href: pageHref(docname), text: first.data.page_title || docname }));
      });
      if (pages.length) item.appendChild(reread);
      var tryThem = h("p", null, ["Try again: "]);
      o.exercises.forEach(function (e, n) {
        if (n) tryThem.appendChild(document.createTextNode("; "));
        tryThem.appendChild(h("a", { href: pageHref(e.data.docname, e.data.id), text: e.data.title }));
      });
      if (o.exercises.length) item.appendChild(tryThem);
      list.appendChild(item);
    });
    section.hidden = shaky.length === 0;
  }

  function render() {
    if (!window.FFProgress || !window.FFReadiness || !window.FFReview) return;
    var judged = [];
    Array.prototype.forEach.call(document.querySelectorAll("li.ff-objective"), function (item) {
      dom.removeAdded(item, "ff-objective-added");
      var o = judge(item);
      judged.push(o);
      var mark = h("span", { className: "ff-objective-added ff-objective-state" }, [
        " ", badge(o.status), h("span", { className: "ff-readiness-meaning", text: " " + BECAUSE[o.because] })
      ]);
      item.setAttribute("data-state", o.status);
      item.appendChild(mark);
    });
    drawShaky(judged);
  }

  function init() {
    render();
    window.addEventListener("ff-progress-change", render);
  }

  window.FFObjectives = { all: all, LABELS: LABELS, BECAUSE: BECAUSE, chapterTitle: chapterTitle };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
