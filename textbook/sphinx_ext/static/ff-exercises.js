/* Foundations First: the interactive exercises (progress around the book: ff-page-progress.js).
 *
 * Every .ff-exercise carries its data as JSON and a static version (.ff-static) that reads as
 * text without JavaScript. This file builds a form from the JSON with native controls only,
 * checks answers with FFCheck (the semantics live there, never here), and saves results with
 * FFProgress. Exercise text is never parsed as HTML: the DOM is built with createElement and
 * textContent, and inline markup comes from FFCheck.inline's tokens.
 * Plain ES2017, no modules, no requests: it works from file:// too. */
(function () {
  "use strict";

  /* The table of kinds (label, notice) comes with the manifest, from textbook/kit/kinds.py. */
  var KIND_TABLE = (window.FF_MANIFEST && window.FF_MANIFEST.kinds) || {};
  function kindLabel(kind) { return KIND_TABLE[kind] && KIND_TABLE[kind].label ? KIND_TABLE[kind].label : kind; }
  var SELF_CHECK_NOTICE = KIND_TABLE["self-check"] && KIND_TABLE["self-check"].notice ? KIND_TABLE["self-check"].notice : "";
  var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  var counter = 0;

  /* ---------- small DOM helpers ---------- */

  var dom = window.FFDom;
  var h = dom.h, rich = dom.rich, richIn = dom.richIn, plain = dom.plain, plural = dom.plural, icon = dom.icon;

  /* A verdict in words, with an icon that only repeats them. */
  function verdict(state, words) {
    var symbols = { correct: "\u2713", incorrect: "\u2717", info: "i", complete: "\u2713", incomplete: "\u2026" };
    return h("p", { className: "ff-verdict ff-verdict--" + state }, [icon(symbols[state] || "i"), " ", h("strong", { text: words })]);
  }

  /* A row mark after a check: words first, border and icon only repeat them. */
  function setMark(row, ok, words) {
    var mark = row.querySelector(".ff-mark");
    row.setAttribute("data-state", ok ? "right" : "wrong");
    if (mark) {
      mark.textContent = "";
      mark.appendChild(icon(ok ? "\u2713" : "\u2717"));
      mark.appendChild(document.createTextNode(" "));
      mark.appendChild(h("span", { text: words }));
    }
  }

  function clearMark(row) {
    row.removeAttribute("data-state");
    var mark = row.querySelector(".ff-mark");
    if (mark) mark.textContent = "";
  }

  /* The display order from the data (textbook/kit/presentation.py); if it is missing or
   * broken, the same order computed here from its key by FFCheck.displayOrder, or the
   * authored order where the author asked for no shuffle. */
  function displayOrder(order, size, key, neverIdentity, shuffle) {
    var valid = Array.isArray(order) && order.length === size &&
      order.every(function (v, i) { return typeof v === "number" && order.indexOf(v) === i && v >= 0 && v < size; });
    if (valid) return order.slice();
    if (shuffle === false) {
      var authored = [];
      for (var i = 0; i < size; i++) authored.push(i);
      return authored;
    }
    return window.FFCheck.displayOrder(key, size, neverIdentity);
  }

  function progress() {
    if (window.FFProgress) return window.FFProgress;
    var memory = {}; // ff-progress.js failed to load: keep answers for this page only
    return {
      get: function (id) { return memory[id] || null; },
      record: function (id, hash, response, result, done) {
        var before = memory[id];
        memory[id] = { hash: hash, done: Boolean(done) || Boolean(before && before.hash === hash && before.done), response: response, result: result };
        return memory[id];
      },
      isDone: function (id, hash) { return Boolean(memory[id] && memory[id].hash === hash && memory[id].done); },
      chapterSummary: function () { return { done: 0, total: 0, remaining: [] }; }
    };
  }

  /* ---------- the kinds ---------- */

  function choiceKind(multiple) {
    return {
      build: function (ctx) {
        var set = h("fieldset", { className: "ff-choices" });
        var legend = richIn("legend", { className: "ff-prompt" }, ctx.data.prompt);
        set.appendChild(legend);
        /* rows stay indexed in the authored order (responses are authored indices); they are
         * shown in the display order */
        ctx.order = displayOrder(ctx.data.order, ctx.data.options.length, ctx.data.id, false, ctx.data.shuffle);
        ctx.rows = ctx.data.options.map(function (option, index) {
          var inputId = ctx.uid + "-o" + index;
          var input = h("input", { type: multiple ? "checkbox" : "radio", name: ctx.uid + "-choice", id: inputId, value: String(index) });
          var label = h("label", { for: inputId, className: "ff-option-label" }, [rich(option.text)]);
          var row = h("div", { className: "ff-option" }, [input, label, h("span", { className: "ff-mark" })]);
          row.input = input;
          input.addEventListener("change", function () { ctx.stale(); });
          return row;
        });
        ctx.order.forEach(function (index) { set.appendChild(ctx.rows[index]); });
        ctx.body.appendChild(set);
      },
      collect: function (ctx) {
        var chosen = [];
        ctx.rows.forEach(function (row, index) { if (row.input.checked) chosen.push(index); });
        if (!chosen.length) {
          return { error: multiple ? "Select at least one option, then select Check." : "Choose an answer, then select Check." };
        }
        return { response: multiple ? chosen : chosen[0] };
      },
      apply: function (ctx, response) {
        var chosen = multiple ? response : [response];
        if (!Array.isArray(chosen)) return;
        ctx.rows.forEach(function (row, index) { row.input.checked = chosen.indexOf(index) >= 0; });
      },
      show: function (ctx, result, response) {
        var chosen = multiple ? response.slice().sort(function (a, b) { return a - b; }) : [response];
        var options = ctx.data.options;
        ctx.rows.forEach(function (row, index) {
          if (chosen.indexOf(index) < 0) clearMark(row);
          else setMark(row, options[index].correct, options[index].correct ? "Correct choice" : "Not correct");
        });
        var out = [verdict(result.correct ? "correct" : "incorrect", result.correct ? "Correct." : "Not quite.")];
        if (!multiple) {
          out.push(richIn("p", null, result.feedback[0]));
          return out;
        }
        var list = h("ul", { className: "ff-feedback-list" });
        ctx.order.forEach(function (index) { // as the options are shown
          var n = chosen.indexOf(index);
          if (n < 0) return;
          var item = h("li", null, [h("span", { className: "ff-feedback-choice" }, [rich(options[index].text, { noLinks: true })]), ": "]);
          item.appendChild(rich(result.feedback[n]));
          list.appendChild(item);
        });
        out.push(list);
        if (result.missed) out.push(h("p", { text: "You missed " + plural(result.missed, "correct option", "correct options") + "." }));
        if (result.wrong) {
          out.push(h("p", { text: result.wrong + " of your choices " + (result.wrong === 1 ? "is" : "are") + " not correct." }));
        }
        if (result.correct) out.push(h("p", { text: "You found every correct option." }));
        return out;
      },
      clear: function (ctx) {
        ctx.rows.forEach(function (row) { row.input.checked = false; clearMark(row); });
      },
      unmark: function (ctx) { ctx.rows.forEach(clearMark); },
      focusFirst: function (ctx) { ctx.rows[ctx.order[0]].input.focus(); },
      answer: function (ctx) {
        var options = ctx.data.options;
        var right = options.filter(function (o) { return o.correct; }).length;
        var list = h("ul", { className: "ff-answer-list" });
        ctx.order.forEach(function (index) {
          var option = options[index];
          var item = h("li", { "data-state": option.correct ? "right" : "wrong" }, [
            h("span", { className: "ff-answer-tag" }, [icon(option.correct ? "\u2713" : "\u2717"), option.correct ? " Correct: " : " Not correct: "]),
            richIn("span", { className: "ff-answer-option" }, option.text),
            h("br"),
            richIn("span", { className: "ff-answer-feedback" }, option.feedback)
          ]);
          list.appendChild(item);
        });
        return [h("p", { text: right === 1 ? "One option is correct:" : right + " options are correct:" }), list];
      }
    };
  }

  var ordering = {
    build: function (ctx) {
      var prompt = richIn("p", { className: "ff-prompt", id: ctx.uid + "-prompt" }, ctx.data.prompt);
      var hint = h("p", { className: "ff-hint", id: ctx.uid + "-hint", text: "Press \u201cNext\u201d on each item in the right order, first item first: it moves up under the ones already placed. Up and Down move an item one place." });
      ctx.list = h("ol", { className: "ff-order", "aria-labelledby": ctx.uid + "-prompt", "aria-describedby": ctx.uid + "-hint" });
      ctx.items = ctx.data.items.map(function (text, index) {
        var name = plain(text);
        var up = h("button", { type: "button", className: "ff-button ff-move", "aria-label": "Move \u201c" + name + "\u201d up" }, [icon("\u2191"), " Up"]);
        var down = h("button", { type: "button", className: "ff-button ff-move", "aria-label": "Move \u201c" + name + "\u201d down" }, [icon("\u2193"), " Down"]);
        var next = h("button", { type: "button", className: "ff-button ff-place", "aria-label": "Place \u201c" + name + "\u201d next" }, [icon("\u2713"), " Next"]);
        var row = h("li", { className: "ff-order-row", "data-index": String(index) }, [
          h("div", { className: "ff-order-main" }, [richIn("span", { className: "ff-order-text" }, text), h("span", { className: "ff-mark" })]),
          h("div", { className: "ff-order-buttons" }, [next, up, down])
        ]);
        row.itemIndex = index;
        next.addEventListener("click", function () { ordering.placeNext(ctx, row); });
        up.addEventListener("click", function () { ordering.move(ctx, row, -1, up); });
        down.addEventListener("click", function () { ordering.move(ctx, row, 1, down); });
        row.up = up;
        row.down = down;
        row.next = next;
        return row;
      });
      ctx.placed = 0; // the top rows the learner has placed with "Next"
      ctx.order = displayOrder(ctx.data.order, ctx.items.length, ctx.data.id, true);
      ordering.arrange(ctx, ctx.order);
      ctx.body.appendChild(prompt);
      ctx.body.appendChild(hint);
      ctx.body.appendChild(ctx.list);
    },
    rows: function (ctx) { return Array.prototype.slice.call(ctx.list.children); },
    arrange: function (ctx, order) {
      order.forEach(function (index) { ctx.list.appendChild(ctx.items[index]); });
      ordering.edges(ctx);
    },
    edges: function (ctx) {
      var rows = ordering.rows(ctx);
      rows.forEach(function (row, position) {
        row.up.setAttribute("aria-disabled", position === 0 ? "true" : "false");
        row.down.setAttribute("aria-disabled", position === rows.length - 1 ? "true" : "false");
        row.next.hidden = position < ctx.placed;
        row.classList.toggle("ff-order-placed", position < ctx.placed);
      });
    },
    /* Quick by touch: "Next" moves an item up under the ones already placed, so a list of n
     * items takes at most n - 1 taps; focus goes on to the first item not placed yet. */
    placeNext: function (ctx, row) {
      var rows = ordering.rows(ctx);
      var position = rows.indexOf(row);
      if (position >= ctx.placed) {
        ctx.list.insertBefore(row, rows[ctx.placed]);
        ctx.placed += 1;
      }
      if (ctx.placed >= rows.length - 1) ctx.placed = rows.length; // the last one has one place left
      ordering.edges(ctx);
      ctx.stale();
      var name = plain(ctx.data.items[row.itemIndex]);
      var following = ordering.rows(ctx)[ctx.placed];
      ctx.say("\u201c" + name + "\u201d placed at position " + (ordering.rows(ctx).indexOf(row) + 1) + " of " + rows.length + "." +
        (following ? "" : " Every item is placed: check your order."));
      if (following) following.next.focus();
      else if (ctx.checkButton) ctx.checkButton.focus();
    },
    /* Move a row by swapping its neighbour around it, so the focused button never leaves the DOM. */
    move: function (ctx, row, step, button) {
      var rows = ordering.rows(ctx);
      var position = rows.indexOf(row);
      var target = position + step;
      var name = plain(ctx.data.items[row.itemIndex]);
      if (target < 0 || target >= rows.length) {
        ctx.say("\u201c" + name + "\u201d is already " + (step < 0 ? "at the top." : "at the bottom."));
        button.focus();
        return;
      }
      var neighbour = rows[target];
      if (step < 0) ctx.list.insertBefore(neighbour, row.nextSibling);
      else ctx.list.insertBefore(neighbour, row);
      ordering.edges(ctx);
      ctx.stale();
      button.focus();
      ctx.say("\u201c" + name + "\u201d moved to position " + (target + 1) + " of " + rows.length + ".");
    },
    collect: function (ctx) {
      return { response: ordering.rows(ctx).map(function (row) { return row.itemIndex; }) };
    },
    apply: function (ctx, response) {
      if (Array.isArray(response) && response.length === ctx.items.length) ordering.arrange(ctx, response);
    },
    show: function (ctx, result) {
      var right = result.rows.filter(Boolean).length;
      ordering.rows(ctx).forEach(function (row, position) {
        setMark(row, result.rows[position], result.rows[position] ? "In place" : "Not yet");
      });
      return [
        verdict(result.correct ? "correct" : "incorrect", result.correct ? "Correct." : "Not quite."),
        h("p", { text: right + " of " + result.rows.length + " in the right place." +
          (result.correct ? "" : " Items marked \u201cNot yet\u201d belong somewhere else.") })
      ];
    },
    clear: function (ctx) { ordering.unmark(ctx); }, // "Try again" keeps the learner's arrangement
    unmark: function (ctx) { ordering.rows(ctx).forEach(clearMark); },
    retryOnlyIfWrong: true,
    focusFirst: function (ctx) { ordering.rows(ctx)[0].down.focus(); },
    answer: function (ctx) {
      var list = h("ol", { className: "ff-answer-list" });
      ctx.data.items.forEach(function (text) { list.appendChild(richIn("li", null, text)); });
      return [h("p", { text: "The right order:" }), list, richIn("p", { className: "ff-rationale" }, ctx.data.rationale)];
    }
  };

  var matching = {
    build: function (ctx) {
      var pairs = ctx.data.pairs;
      /* the right-hand choices: the pairs' right sides, then the extras that match nothing */
      var rights = pairs.map(function (pair) { return pair.right; }).concat(ctx.data.extras || []);
      ctx.rights = rights;
      var order = displayOrder(ctx.data.order, rights.length, ctx.data.id, true);
      ctx.body.appendChild(richIn("p", { className: "ff-prompt", id: ctx.uid + "-prompt" }, ctx.data.prompt));
      var choices = h("ol", { className: "ff-match-choices", type: "A", "aria-labelledby": ctx.uid + "-choices" });
      order.forEach(function (right) { choices.appendChild(richIn("li", null, rights[right])); });
      ctx.body.appendChild(h("p", { className: "ff-subhead", id: ctx.uid + "-choices", text: "Choices" }));
      ctx.body.appendChild(choices);
      var group = h("div", { className: "ff-match", role: "group", "aria-labelledby": ctx.uid + "-prompt" });
      ctx.rows = pairs.map(function (pair, left) {
        var selectId = ctx.uid + "-m" + left;
        var select = h("select", { id: selectId, className: "ff-select" }, [h("option", { value: "", text: "Choose\u2026" })]);
        order.forEach(function (right, n) {
          select.appendChild(h("option", { value: String(right), text: (LETTERS[n] || String(n + 1)) + ". " + plain(rights[right]) }));
        });
        /* On a phone the select cuts a long answer short: the whole of the chosen answer is
         * written under it, so the learner need not scroll back up to the list of choices. */
        var chosen = h("p", { className: "ff-match-chosen", "aria-hidden": "true" });
        select.addEventListener("change", function () {
          select.removeAttribute("aria-invalid");
          clearMark(row);
          matching.showChosen(ctx, row);
          ctx.stale();
        });
        var row = h("div", { className: "ff-match-row" }, [
          h("label", { for: selectId, className: "ff-match-left" }, [rich(pair.left, { noLinks: true })]),
          h("div", { className: "ff-match-control" }, [select, h("span", { className: "ff-mark" })]),
          chosen
        ]);
        row.select = select;
        row.chosen = chosen;
        group.appendChild(row);
        return row;
      });
      ctx.body.appendChild(group);
    },
    showChosen: function (ctx, row) {
      var option = row.select.options[row.select.selectedIndex];
      row.chosen.textContent = row.select.value === "" || !option ? "" : option.text;
      row.chosen.hidden = row.chosen.textContent === "";
    },
    collect: function (ctx) {
      var empty = ctx.rows.filter(function (row) { return row.select.value === ""; });
      ctx.rows.forEach(function (row) {
        if (row.select.value === "") row.select.setAttribute("aria-invalid", "true");
        else row.select.removeAttribute("aria-invalid");
      });
      if (empty.length) {
        return {
          error: "Choose a match for every item before you check: " +
            plural(empty.length, "item still says", "items still say") + " \u201cChoose\u2026\u201d."
        };
      }
      return { response: ctx.rows.map(function (row) { return Number(row.select.value); }) };
    },
    apply: function (ctx, response) {
      if (!Array.isArray(response) || response.length !== ctx.rows.length) return;
      ctx.rows.forEach(function (row, left) {
        var value = response[left];
        row.select.value = typeof value === "number" && value >= 0 && value < ctx.rights.length ? String(value) : "";
        matching.showChosen(ctx, row);
      });
    },
    show: function (ctx, result) {
      var right = result.rows.filter(Boolean).length;
      ctx.rows.forEach(function (row, left) { setMark(row, result.rows[left], result.rows[left] ? "Right" : "Not yet"); });
      return [
        verdict(result.correct ? "correct" : "incorrect", result.correct ? "Correct." : "Not quite."),
        h("p", { text: right + " of " + result.rows.length + " matched." +
          (result.correct ? "" : " Rows marked \u201cNot yet\u201d need another look.") })
      ];
    },
    /* "Try again" keeps the rows already right and clears the others, which need another look. */
    clear: function (ctx) {
      ctx.rows.forEach(function (row) {
        if (row.getAttribute("data-state") !== "right") row.select.value = "";
        row.select.removeAttribute("aria-invalid");
        clearMark(row);
        matching.showChosen(ctx, row);
      });
    },
    unmark: function (ctx) { ctx.rows.forEach(clearMark); },
    retryOnlyIfWrong: true,
    focusFirst: function (ctx) {
      var open = ctx.rows.filter(function (row) { return row.select.value === ""; })[0] || ctx.rows[0];
      open.select.focus();
    },
    answer: function (ctx) {
      var list = h("ul", { className: "ff-answer-list" });
      ctx.data.pairs.forEach(function (pair) {
        list.appendChild(h("li", null, [richIn("strong", null, pair.left), ": ", rich(pair.right)]));
      });
      if ((ctx.data.extras || []).length) {
        var extras = h("li", null, [h("strong", { text: "Matches nothing" }), ": "]);
        ctx.data.extras.forEach(function (extra, n) {
          if (n) extras.appendChild(document.createTextNode("; "));
          extras.appendChild(rich(extra));
        });
        list.appendChild(extras);
      }
      return [h("p", { text: "The matches:" }), list, richIn("p", { className: "ff-rationale" }, ctx.data.rationale)];
    }
  };

  var scenario = {
    noCheck: true,
    build: function (ctx) {
      ctx.body.appendChild(richIn("p", { className: "ff-prompt" }, ctx.data.prompt));
      ctx.log = h("ol", { className: "ff-scenario-log", "aria-label": "What happened so far", hidden: true });
      ctx.stepArea = h("div", { className: "ff-scenario-step" });
      ctx.body.appendChild(ctx.log);
      ctx.path = [];
    },
    afterBuild: function (ctx) {
      ctx.body.appendChild(ctx.feedback); // the latest news sits just above the next situation
      ctx.body.appendChild(ctx.stepArea);
      ctx.restart = h("button", { type: "button", className: "ff-button ff-button--primary", hidden: true, text: "Start again" });
      ctx.restart.addEventListener("click", function () {
        ctx.path = [];
        scenario.render(ctx);
        ctx.stepArea.querySelector("button").focus();
      });
      ctx.actions.appendChild(ctx.restart);
      scenario.render(ctx);
    },
    step: function (ctx, id) {
      for (var i = 0; i < ctx.data.steps.length; i++) if (ctx.data.steps[i].id === id) return ctx.data.steps[i];
      return null;
    },
    choose: function (ctx, index) {
      ctx.path.push(index);
      var result = scenario.render(ctx);
      ctx.save(ctx.path.slice(), result);
      var next = ctx.stepArea.querySelector(".ff-situation");
      if (next) next.focus();
      else scenario.showEnding(ctx);
    },
    /* The ending and its debrief are the point of the exercise: keep what the last choice led
     * to in view (on a phone, focusing "Start again" scrolled them above the screen) and put
     * focus on the ending; "Start again" is the next Tab stop. */
    showEnding: function (ctx) {
      var ending = ctx.feedback.querySelector(".ff-ending");
      if (!ending) return;
      ending.focus({ preventScroll: true });
      var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      ctx.feedback.scrollIntoView({ block: "start", behavior: reduced ? "auto" : "smooth" });
    },
    /* Draw the path so far: earlier steps in the log, the latest consequence in the feedback
     * region, then the next situation with its choices (or the ending). */
    render: function (ctx) {
      var result = window.FFCheck.check(ctx.data, ctx.path);
      var walked = [];
      var step = scenario.step(ctx, ctx.data.start);
      ctx.path.forEach(function (index) {
        var choice = step.choices[index];
        walked.push({ step: step, choice: choice });
        step = scenario.step(ctx, choice.next);
      });
      ctx.log.textContent = "";
      walked.slice(0, -1).forEach(function (entry, n) {
        ctx.log.appendChild(h("li", { className: "ff-log-entry" }, [
          h("p", { className: "ff-log-step", text: "Step " + (n + 1) }),
          richIn("p", { className: "ff-log-situation" }, entry.step.text),
          h("p", { className: "ff-log-choice" }, [h("strong", { text: "You chose: " }), rich(entry.choice.text)]),
          richIn("p", null, entry.choice.consequence)
        ]));
      });
      ctx.log.hidden = walked.length < 2;
      var news = [];
      var last = walked[walked.length - 1];
      if (last) {
        news.push(h("p", { className: "ff-log-choice" }, [h("strong", { text: "You chose: " }), rich(last.choice.text, { noLinks: true })]));
        news.push(richIn("p", null, last.choice.consequence));
      }
      if (result.ended) {
        news.push(h("div", { className: "ff-ending", tabindex: "-1", role: "group", "aria-labelledby": ctx.uid + "-ending" }, [
          h("p", { className: "ff-subhead", id: ctx.uid + "-ending", text: "Ending" }),
          richIn("p", null, step.text),
          richIn("p", null, result.debrief || ""),
          result.correct
            ? verdict("correct", "This is the best path.")
            : verdict("incorrect", "This is not the best path. Start again to try another way.")
        ]));
      }
      ctx.fill(news);
      ctx.stepArea.textContent = "";
      ctx.restart.hidden = !result.ended;
      if (!result.ended) {
        var situationId = ctx.uid + "-s" + ctx.path.length;
        ctx.stepArea.appendChild(h("p", { className: "ff-subhead", text: "Step " + (ctx.path.length + 1) }));
        ctx.stepArea.appendChild(richIn("p", { className: "ff-situation", id: situationId, tabindex: "-1" }, step.text));
        var group = h("div", { className: "ff-scenario-choices", role: "group", "aria-label": "Your choices" });
        var orders = ctx.data.orders || {};
        var shown = displayOrder(orders[step.id], step.choices.length, ctx.data.id + "/" + step.id, false, ctx.data.shuffle);
        shown.forEach(function (index) {
          var choice = step.choices[index];
          var button = h("button", { type: "button", className: "ff-button ff-choice-button" }, [rich(choice.text, { noLinks: true })]);
          button.addEventListener("click", function () { scenario.choose(ctx, index); });
          group.appendChild(button);
        });
        ctx.stepArea.appendChild(group);
      }
      return result;
    },
    apply: function (ctx, response) {
      if (!Array.isArray(response)) return;
      try { window.FFCheck.check(ctx.data, response); } catch (error) { return; }
      ctx.path = response.slice();
      scenario.render(ctx);
    }
  };

  var selfCheck = {
    build: function (ctx) {
      ctx.body.appendChild(richIn("p", { className: "ff-prompt" }, ctx.data.prompt));
      ctx.body.appendChild(h("p", { className: "ff-sc-notice" }, [icon("i"), " ", h("strong", { text: SELF_CHECK_NOTICE })]));
      ctx.rows = ctx.data.items.map(function (item, n) {
        var set = h("fieldset", { className: "ff-rating" });
        set.appendChild(h("legend", null, [h("span", { className: "ff-rating-number", text: (n + 1) + ". " }), rich(item.text)]));
        var scale = h("div", { className: "ff-scale" });
        set.inputs = ctx.data.scale.map(function (point, p) {
          var inputId = ctx.uid + "-r" + n + "-" + p;
          var input = h("input", { type: "radio", name: ctx.uid + "-item" + n, id: inputId, value: String(p) });
          input.addEventListener("change", function () { set.removeAttribute("data-missing"); ctx.stale(); });
          scale.appendChild(h("div", { className: "ff-scale-point" }, [input, h("label", { for: inputId }, [rich(point, { noLinks: true })])]));
          return input;
        });
        set.appendChild(scale);
        ctx.body.appendChild(set);
        return set;
      });
    },
    collect: function (ctx) {
      var points = ctx.rows.map(function (set) {
        var chosen = set.inputs.filter(function (input) { return input.checked; })[0];
        return chosen ? Number(chosen.value) : null;
      });
      var missing = points.filter(function (p) { return p === null; }).length;
      ctx.rows.forEach(function (set, n) {
        if (points[n] === null) set.setAttribute("data-missing", "true");
        else set.removeAttribute("data-missing");
      });
      if (missing) return { error: "Rate every statement before you check: " + plural(missing, "statement is", "statements are") + " not rated yet." };
      return { response: points };
    },
    apply: function (ctx, response) {
      if (!Array.isArray(response) || response.length !== ctx.rows.length) return;
      ctx.rows.forEach(function (set, n) {
        set.inputs.forEach(function (input, p) { input.checked = response[n] === p; });
      });
    },
    show: function (ctx, result) {
      return [
        h("p", { className: "ff-score" }, [h("strong", { text: "Your score: " + result.score + " out of " + result.max + "." })]),
        h("p", null, [h("strong", { text: result.band + ". " }), rich(result.meaning)])
      ].concat(selfCheck.revisit(ctx, result), [h("p", { className: "ff-sc-reminder", text: SELF_CHECK_NOTICE })]);
    },
    /* The statements to look at again, each with the page of the book that helps. */
    revisit: function (ctx, result) {
      var indices = Array.isArray(result.revisit) ? result.revisit : [];
      if (!indices.length) return [];
      var pages = ctx.data.pages || {};
      var list = h("ul", { className: "ff-sc-revisit" });
      indices.forEach(function (i) {
        var item = ctx.data.items[i];
        if (!item) return;
        var entry = h("li", null, [rich(item.text, { noLinks: true })]);
        var page = item.page && pages[item.page];
        if (page && typeof page.href === "string") {
          entry.appendChild(document.createTextNode(" Read: "));
          entry.appendChild(h("a", { href: page.href, text: page.title }));
        }
        list.appendChild(entry);
      });
      return [h("p", { className: "ff-subhead", text: "Statements to look at again" }), list];
    },
    clear: function (ctx) {
      ctx.rows.forEach(function (set) { set.removeAttribute("data-missing"); set.inputs.forEach(function (input) { input.checked = false; }); });
    },
    unmark: function () {},
    focusFirst: function (ctx) { ctx.rows[0].inputs[0].focus(); },
    answer: function (ctx) {
      var list = h("ul", { className: "ff-answer-list" });
      ctx.data.bands.forEach(function (band) {
        list.appendChild(h("li", null, [h("strong", { text: "Score " + band.min + " to " + band.max + ", " }), richIn("strong", null, band.label), ": ", rich(band.meaning)]));
      });
      var reversed = ctx.data.items.map(function (item, n) { return item.reverse ? n + 1 : 0; }).filter(Boolean);
      var top = ctx.data.scale.length - 1;
      var how = "Each statement scores 0 for \u201c" + plain(ctx.data.scale[0]) + "\u201d up to " + top + " for \u201c" +
        plain(ctx.data.scale[top]) + "\u201d" + (reversed.length ? "; statement" + (reversed.length === 1 ? " " : "s ") +
        reversed.join(" and ") + " score" + (reversed.length === 1 ? "s" : "") + " the other way round." : ".");
      return [h("p", { text: SELF_CHECK_NOTICE }), h("p", { text: how }), list];
    }
  };

  var reflection = {
    build: function (ctx) {
      var promptId = ctx.uid + "-prompt";
      var noteId = ctx.uid + "-note";
      var countId = ctx.uid + "-count";
      var textId = ctx.uid + "-text";
      ctx.body.appendChild(richIn("p", { className: "ff-prompt", id: promptId }, ctx.data.prompt));
      ctx.body.appendChild(h("label", { for: textId, className: "ff-subhead", text: "Your answer" }));
      ctx.text = h("textarea", { id: textId, className: "ff-textarea", rows: "7", "aria-describedby": promptId + " " + noteId + " " + countId });
      ctx.body.appendChild(ctx.text);
      ctx.count = h("p", { className: "ff-word-count", id: countId });
      ctx.body.appendChild(ctx.count);
      ctx.body.appendChild(h("p", { className: "ff-private-note", id: noteId }, [
        "Your text stays in this browser, on this device: it is saved as you type and never sent anywhere. A progress file you export holds it only if you choose."]));
      var set = h("fieldset", { className: "ff-checklist" }, [h("legend", { text: "Review what you wrote" })]);
      ctx.ticks = ctx.data.checklist.map(function (item, n) {
        var inputId = ctx.uid + "-c" + n;
        var input = h("input", { type: "checkbox", id: inputId, value: String(n) });
        input.addEventListener("change", function () { reflection.autosave(ctx); });
        set.appendChild(h("div", { className: "ff-option" }, [input, h("label", { for: inputId, className: "ff-option-label" }, [rich(item, { noLinks: true })])]));
        return input;
      });
      ctx.body.appendChild(set);
      ctx.text.addEventListener("input", function () {
        reflection.count(ctx);
        clearTimeout(ctx.timer);
        ctx.timer = setTimeout(function () { reflection.autosave(ctx); }, 400);
      });
      ctx.text.addEventListener("blur", function () {
        clearTimeout(ctx.timer);
        if (ctx.dirty) reflection.autosave(ctx);
      });
      ctx.text.addEventListener("input", function () { ctx.dirty = true; });
      window.addEventListener("pagehide", function () { // leaving within the autosave delay
        clearTimeout(ctx.timer);
        if (ctx.dirty) reflection.autosave(ctx);
      });
      reflection.count(ctx);
    },
    response: function (ctx) {
      var ticked = [];
      ctx.ticks.forEach(function (input, n) { if (input.checked) ticked.push(n); });
      return { text: ctx.text.value, ticked: ticked };
    },
    count: function (ctx) {
      var result = window.FFCheck.check(ctx.data, { text: ctx.text.value, ticked: [] });
      ctx.count.textContent = plural(result.words, "word", "words") + " (at least " + ctx.data.min_words + " to complete it)";
    },
    autosave: function (ctx) {
      ctx.dirty = false;
      var response = reflection.response(ctx);
      ctx.save(response, window.FFCheck.check(ctx.data, response), false);
    },
    collect: function (ctx) { return { response: reflection.response(ctx) }; },
    apply: function (ctx, response, sameHash) {
      if (!response || typeof response !== "object" || typeof response.text !== "string") return;
      ctx.text.value = response.text;
      if (sameHash && Array.isArray(response.ticked)) {
        ctx.ticks.forEach(function (input, n) { input.checked = response.ticked.indexOf(n) >= 0; });
      }
      reflection.count(ctx);
    },
    show: function (ctx, result) {
      var min = ctx.data.min_words;
      var out = [
        result.complete ? verdict("complete", "Complete.") : verdict("incomplete", "Not complete yet."),
        h("p", { text: "Saved in this browser. You wrote " + plural(result.words, "word", "words") + "; this reflection asks for at least " + min + "." +
          (result.complete ? "" : " Write at least " + plural(min - result.words, "more word", "more words") + " to complete it.") }),
        h("p", { text: "You ticked " + result.ticked + " of " + ctx.data.checklist.length + " checklist items." +
          (result.ticked < ctx.data.checklist.length ? " Look again at the ones you did not tick." : "") })
      ];
      return out;
    },
    noRetry: true, // the text stays in the box: edit it and check again
    clear: function () {},
    unmark: function () {},
    focusFirst: function (ctx) { ctx.text.focus(); }
  };

  var KINDS = {
    "single-choice": choiceKind(false),
    "multiple-select": choiceKind(true),
    "ordering": ordering,
    "matching": matching,
    "scenario": scenario,
    "self-check": selfCheck,
    "reflection": reflection
  };

  /* ---------- one exercise ---------- */

  function enhance(root) {
    if (root.classList.contains("ff-enhanced")) return;
    var source = root.querySelector("script.ff-exercise-data");
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var kind = KINDS[data.kind];
    if (!kind || data.kind !== root.getAttribute("data-kind")) return;
    counter += 1;
    var ctx = {
      root: root,
      data: data,
      kind: kind,
      id: root.getAttribute("data-exercise-id") || data.id,
      hash: root.getAttribute("data-hash") || "",
      uid: "ff" + counter + "-" + String(data.id).replace(/[^a-z0-9-]/g, ""),
      checked: false
    };
    var form = h("form", { className: "ff-form", novalidate: true });
    ctx.form = form;
    ctx.badge = h("span", { className: "ff-badge ff-badge--done", hidden: true });
    form.appendChild(h("div", { className: "ff-head" }, [
      h("p", { className: "ff-kind" }, [icon("\u270e"), " ", h("span", { text: kindLabel(data.kind) })]),
      ctx.badge
    ]));
    ctx.body = h("div", { className: "ff-body" });
    form.appendChild(ctx.body);
    ctx.feedback = h("div", { className: "ff-feedback", "aria-live": "polite" });
    ctx.actions = h("div", { className: "ff-actions" });
    ctx.answerPanel = h("div", { className: "ff-answer-panel", id: ctx.uid + "-answer", hidden: true });

    ctx.fill = function (nodes) {
      ctx.feedback.textContent = "";
      (nodes || []).forEach(function (node) { ctx.feedback.appendChild(node); });
    };
    ctx.say = function (text) { ctx.fill([h("p", { className: "ff-feedback-note", text: text })]); };
    ctx.stale = function () { if (ctx.checked) kind.unmark(ctx); };
    ctx.markDone = function () {
      var done = progress().isDone(ctx.id, ctx.hash);
      ctx.badge.hidden = !done;
      ctx.badge.textContent = "";
      if (done) {
        ctx.badge.appendChild(icon("\u2713"));
        ctx.badge.appendChild(h("span", { text: "Done" }));
      }
      root.classList.toggle("ff-done", done);
    };
    ctx.save = function (response, result, done) {
      var finished = done === undefined ? window.FFCheck.isDone(data.kind, result) : done;
      progress().record(ctx.id, ctx.hash, response, result, finished);
      ctx.markDone();
    };

    kind.build(ctx);

    if (!kind.noCheck) {
      ctx.checkButton = h("button", { type: "submit", className: "ff-button ff-button--primary", text: "Check" });
      ctx.retryButton = h("button", { type: "button", className: "ff-button", text: "Try again", hidden: true });
      ctx.actions.appendChild(ctx.checkButton);
      ctx.actions.appendChild(ctx.retryButton);
      ctx.retryButton.addEventListener("click", function () {
        ctx.checked = false;
        kind.clear(ctx);
        ctx.fill([]);
        ctx.retryButton.hidden = true;
        setAnswer(false);
        kind.focusFirst(ctx);
      });
    }
    if (kind.answer) {
      ctx.answerButton = h("button", { type: "button", className: "ff-button", "aria-expanded": "false", "aria-controls": ctx.answerPanel.id, text: "Show answer" });
      ctx.actions.appendChild(ctx.answerButton);
      ctx.answerButton.addEventListener("click", function () { setAnswer(ctx.answerPanel.hidden); });
    }

    function setAnswer(open) {
      if (!ctx.answerButton) return;
      if (open && !ctx.answerPanel.firstChild) {
        ctx.answerPanel.appendChild(h("p", { className: "ff-subhead", text: "Answer" }));
        kind.answer(ctx).forEach(function (node) { ctx.answerPanel.appendChild(node); });
      }
      ctx.answerPanel.hidden = !open;
      ctx.answerButton.setAttribute("aria-expanded", open ? "true" : "false");
      ctx.answerButton.textContent = open ? "Hide answer" : "Show answer";
    }

    function showResult(response, result) {
      ctx.checked = true;
      ctx.fill(kind.show(ctx, result, response));
      if (ctx.retryButton) ctx.retryButton.hidden = Boolean(kind.noRetry || (kind.retryOnlyIfWrong && result.correct));
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (kind.noCheck) return;
      var collected = kind.collect(ctx);
      if (collected.error) {
        ctx.fill([verdict("info", "Not checked yet."), h("p", { text: collected.error })]);
        return;
      }
      var result;
      try {
        result = window.FFCheck.check(data, collected.response);
      } catch (error) {
        ctx.fill([verdict("info", "Not checked yet."), h("p", { text: "That answer could not be checked. Try again." })]);
        return;
      }
      showResult(collected.response, result);
      ctx.save(collected.response, result);
    });

    if (kind.afterBuild) {
      kind.afterBuild(ctx);
    } else {
      form.appendChild(ctx.actions);
      form.appendChild(ctx.feedback);
    }
    if (kind.afterBuild) form.appendChild(ctx.actions);
    form.appendChild(ctx.answerPanel);

    /* Restore the last answer (before the form is in the page, so nothing is announced); in
     * a review session (data-fresh), the exercise starts clean: the point is to answer again. */
    var stored = root.hasAttribute("data-fresh") ? null : progress().get(ctx.id);
    if (stored && stored.response !== null && stored.response !== undefined) {
      var sameHash = stored.hash === ctx.hash;
      if (data.kind === "reflection") {
        kind.apply(ctx, stored.response, sameHash);
      } else if (sameHash) {
        try {
          var again = window.FFCheck.check(data, stored.response);
          kind.apply(ctx, stored.response, true);
          if (kind.show) showResult(stored.response, again);
        } catch (error) { /* an answer that no longer fits: start clean */ }
      }
    }
    ctx.markDone();

    root.appendChild(form);
    root.classList.add("ff-enhanced");
    root.ffExercise = ctx;
  }

  function enhanceAll() {
    if (!window.FFCheck) return;
    Array.prototype.forEach.call(document.querySelectorAll(".ff-exercise"), function (root) {
      try {
        enhance(root);
      } catch (error) { // this one keeps its static version; the others still work
        root.classList.remove("ff-enhanced");
        var form = root.querySelector(".ff-form");
        if (form) form.remove();
        if (window.console) console.error("Foundations First: exercise not enhanced", error);
      }
    });
  }

  /* Printed pages read as questions with answers: open the static answers while printing. */
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll("details.ff-answer"), function (d) { return !d.open; });
    openedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });

  var started = false;

  function init() {
    if (started) return;
    started = true;
    enhanceAll();
    window.addEventListener("ff-progress-change", function () {
      Array.prototype.forEach.call(document.querySelectorAll(".ff-exercise.ff-enhanced"), function (root) {
        if (root.ffExercise) root.ffExercise.markDone();
      });
    });
  }

  window.FFExercises = { enhanceAll: enhanceAll };

  /* Deferred scripts run before DOMContentLoaded, while readyState is already "interactive":
   * wait for the event (or, if this file came late, for load), and start at once when complete. */
  if (document.readyState === "complete") {
    init();
  } else {
    document.addEventListener("DOMContentLoaded", init);
    window.addEventListener("load", init);
  }
})();
