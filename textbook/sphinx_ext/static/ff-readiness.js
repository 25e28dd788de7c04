/* Foundations First: the readiness check in the browser, and its result on "Your path".
 * FFReadiness.result is the same logic as textbook/readiness.py (a test runs both).
 * The result is kept with the learner's progress (FFProgress), under the id "readiness-check". */
(function (root) {
  "use strict";

  var SOLID = "solid", SHAKY = "shaky", NOT_YET = "not-yet";
  var STORE_ID = "readiness-check";
  var LABELS = { solid: "Solid", shaky: "Shaky", "not-yet": "Not yet" };
  var MEANINGS = {
    solid: "you answered every question about it well",
    shaky: "you answered some questions about it well",
    "not-yet": "this is new ground for you"
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

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { result: result };
    return;
  }

  /* ---- the page ---- */

  function h(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") element.textContent = attributes[name];
      else if (name === "className") element.className = attributes[name];
      else element.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return element;
  }

  function rich(text) {
    var span = document.createElement("span");
    var tokens = root.FFCheck ? root.FFCheck.inline(text) : [["text", text, ""]];
    tokens.forEach(function (token) {
      var kind = token[0], content = token[1];
      var node = kind === "em" ? h("em", { text: content }) : kind === "strong" ? h("strong", { text: content }) :
        kind === "code" ? h("code", { text: content }) : kind === "link" ? h("a", { href: token[2], text: content }) :
        document.createTextNode(content);
      span.appendChild(node);
    });
    return span;
  }

  function contentRoot() {
    var value = document.documentElement.getAttribute("data-content_root");
    return typeof value === "string" ? value : "";
  }

  function chapterLink(data, id) {
    var chapter = data.chapters[id];
    return h("a", { href: contentRoot() + chapter.docname + ".html", text: chapter.title });
  }

  function stored(hash) {
    var entry = root.FFProgress ? root.FFProgress.get(STORE_ID) : null;
    return entry && entry.result && entry.hash === hash ? entry : null;
  }

  function showMap(box, data, outcome) {
    box.textContent = "";
    box.appendChild(h("h2", { text: "Your foundation map", tabindex: "-1", className: "ff-readiness-title" }));
    if (outcome.start) {
      var order = data.order.indexOf(outcome.start) + 1;
      box.appendChild(h("p", { className: "ff-readiness-start" }, [
        h("strong", { text: "Start here: " }), "Chapter " + order + ", ", chapterLink(data, outcome.start),
        ". It is the earliest chapter in the required order that is not yet solid for you, so everything it builds on is solid."
      ]));
    } else {
      box.appendChild(h("p", { className: "ff-readiness-start" }, [
        h("strong", { text: "Your foundation looks solid. " }),
        "Read the chapters anyway, in order: the exercises will show you what a few questions could not."
      ]));
    }
    var list = h("ol", { className: "ff-readiness-map" });
    data.order.forEach(function (id) {
      var status = outcome.chapters[id];
      list.appendChild(h("li", { className: "ff-readiness-" + status }, [
        chapterLink(data, id), " ",
        h("span", { className: "ff-badge ff-readiness-badge", text: LABELS[status] }),
        h("span", { className: "ff-readiness-meaning", text: ": " + MEANINGS[status] + "." })
      ]));
    });
    box.appendChild(list);
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
        probe.options.forEach(function (option, index) {
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
      if (save && root.FFProgress) root.FFProgress.record(STORE_ID, data.hash, chosen, outcome, true);
      form.hidden = true;
      retake.hidden = false;
      showMap(map, data, outcome);
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

    var saved = stored(data.hash);
    if (saved) {
      Object.keys(saved.response || {}).forEach(function (id) {
        var input = form.querySelector('input[name="ff-ready-' + id + '"][value="' + Number(saved.response[id]) + '"]');
        if (input) input.checked = true;
      });
      finish(saved.response || {}, false);
    }
  }

  /* On "Your path": the readiness result beside each chapter, and where to start. */
  function markPath() {
    var path = document.querySelector("ol.ff-path");
    if (!path || !root.FFProgress) return;
    Array.prototype.forEach.call(document.querySelectorAll(".ff-readiness-added"), function (n) { n.remove(); });
    var entry = root.FFProgress.get(STORE_ID);
    var link = h("a", { href: contentRoot() + "book/readiness.html", text: "readiness check" });
    var note;
    if (!entry || !entry.result || !entry.result.chapters) {
      note = h("p", { className: "ff-readiness-added ff-path-readiness" }, ["Not sure where to start? Take the ", link, "."]);
      path.parentNode.insertBefore(note, path);
      return;
    }
    var outcome = entry.result;
    note = h("p", { className: "ff-readiness-added ff-path-readiness" }, [
      outcome.start ? "Your readiness check suggests you start with the chapter marked \u201cStart here\u201d. " :
        "Your readiness check found your foundation solid. ",
      "Retake the ", link, " at any time."
    ]);
    path.parentNode.insertBefore(note, path);
    Array.prototype.forEach.call(path.querySelectorAll("li.ff-path-item"), function (item) {
      var id = null;
      item.className.split(/\s+/).forEach(function (name) {
        if (name.indexOf("ff-chapter-") === 0) id = name.slice("ff-chapter-".length);
      });
      var status = id && outcome.chapters[id];
      var title = item.querySelector(".ff-path-title");
      if (!status || !title) return;
      title.appendChild(h("span", { className: "ff-readiness-added ff-badge ff-readiness-badge ff-readiness-" + status, text: "Readiness: " + LABELS[status] }));
      if (outcome.start === id) title.appendChild(h("span", { className: "ff-readiness-added ff-badge ff-start-here", text: "Start here" }));
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".ff-readiness"), build);
    markPath();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  root.FFReadiness = { result: result, markPath: markPath };
})(typeof window !== "undefined" ? window : this);
