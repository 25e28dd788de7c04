/* Foundations First: the exercise semantics in the browser.
 * The same results as the Python reference, textbook/kit/kinds.py (a test runs both on the
 * same responses). Pure functions only: no DOM here, so Node.js can run this file too. */
(function (root) {
  "use strict";

  function ResponseError(message) { this.name = "ResponseError"; this.message = message; }

  function index(value, size) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= size) {
      throw new ResponseError("expected an index from 0 to " + (size - 1));
    }
    return value;
  }

  function indices(value, size, distinct) {
    if (!Array.isArray(value)) throw new ResponseError("expected a list of indices");
    var out = value.map(function (v) { return index(v, size); });
    if (distinct !== false && new Set(out).size !== out.length) throw new ResponseError("an index is repeated");
    return out;
  }

  function sortNumbers(list) { return list.slice().sort(function (a, b) { return a - b; }); }

  function stepById(exercise, id) {
    for (var i = 0; i < exercise.steps.length; i++) if (exercise.steps[i].id === id) return exercise.steps[i];
    return null;
  }

  var WORD = /[^ \t\n\r\f\v]+/g;

  var checks = {
    "single-choice": function (e, response) {
      var option = e.options[index(response, e.options.length)];
      return { correct: option.correct, feedback: [option.feedback] };
    },
    "multiple-select": function (e, response) {
      var chosen = sortNumbers(indices(response, e.options.length));
      var right = [];
      e.options.forEach(function (o, i) { if (o.correct) right.push(i); });
      var missed = right.filter(function (i) { return chosen.indexOf(i) < 0; }).length;
      var wrong = chosen.filter(function (i) { return right.indexOf(i) < 0; }).length;
      return {
        correct: missed === 0 && wrong === 0,
        feedback: chosen.map(function (i) { return e.options[i].feedback; }),
        missed: missed,
        wrong: wrong
      };
    },
    "ordering": function (e, response) {
      var order = indices(response, e.items.length);
      if (order.length !== e.items.length) throw new ResponseError("an ordering response lists every item once");
      var rows = order.map(function (item, position) { return item === position; });
      return { correct: rows.every(Boolean), rows: rows };
    },
    "matching": function (e, response) {
      var chosen = indices(response, e.pairs.length + (e.extras || []).length, false);
      if (chosen.length !== e.pairs.length) throw new ResponseError("a matching response gives one right side for every left side");
      var rows = chosen.map(function (right, left) { return right === left; });
      return { correct: rows.every(Boolean), rows: rows };
    },
    "scenario": function (e, response) {
      if (!Array.isArray(response)) throw new ResponseError("expected a list of choice indices");
      var step = stepById(e, e.start);
      var consequences = [];
      response.forEach(function (value) {
        if (!step.choices.length) throw new ResponseError("the scenario already ended");
        var choice = step.choices[index(value, step.choices.length)];
        consequences.push(choice.consequence);
        step = stepById(e, choice.next);
      });
      var ended = step.choices.length === 0;
      return {
        step: step.id,
        ended: ended,
        correct: ended ? step.best : null,
        consequences: consequences,
        debrief: ended ? step.debrief : null
      };
    },
    "self-check": function (e, response) {
      var points = indices(response, e.scale.length, false);
      if (points.length !== e.items.length) throw new ResponseError("a self-check response rates every item");
      var top = e.scale.length - 1;
      var score = 0;
      points.forEach(function (point, i) { score += e.items[i].reverse ? top - point : point; });
      var band = e.bands.filter(function (b) { return b.min <= score && score <= b.max; })[0];
      var revisit = [];
      points.forEach(function (point, i) {
        var value = e.items[i].reverse ? top - point : point;
        if (e.attention === "high" ? value * 2 > top : value * 2 < top) revisit.push(i);
      });
      return { score: score, max: top * e.items.length, band: band.label, meaning: band.meaning, revisit: revisit };
    },
    "reflection": function (e, response) {
      if (!response || typeof response !== "object" || typeof response.text !== "string") {
        throw new ResponseError('expected {"text": ..., "ticked": [...]}');
      }
      var ticked = indices(response.ticked || [], e.checklist.length);
      var words = (response.text.match(WORD) || []).length;
      return { complete: words >= e.min_words, words: words, ticked: ticked.length };
    }
  };

  /* Whether a result completes the exercise (what progress records as done), as each kind's
   * completes() in textbook/kit/kinds.py: a scenario is done when a best ending is reached. */
  function isDone(kind, result) {
    if (kind === "scenario") return result.ended === true && result.correct === true;
    if (kind === "self-check") return true;
    if (kind === "reflection") return result.complete === true;
    return result.correct === true;
  }

  var TOKEN = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\[\]]+)\]\(([^()\s]+)\)/g;
  var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
  var SAFE_SCHEMES = ["http", "https", "mailto"];

  function isSafeUrl(url) {
    var scheme = SCHEME.exec(url);
    return scheme === null || SAFE_SCHEMES.indexOf(scheme[1].toLowerCase()) >= 0;
  }

  /* The inline markup subset as [kind, text, url] tokens, as textbook/kit/markup.py does. */
  function inline(text) {
    var tokens = [];
    var position = 0;
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      if (match.index > position) tokens.push(["text", text.slice(position, match.index), ""]);
      if (match[1] !== undefined) tokens.push(["strong", match[1], ""]);
      else if (match[2] !== undefined) tokens.push(["em", match[2], ""]);
      else if (match[3] !== undefined) tokens.push(["code", match[3], ""]);
      else if (isSafeUrl(match[5])) tokens.push(["link", match[4], match[5]]);
      else tokens.push(["text", match[4], ""]);
      position = TOKEN.lastIndex;
    }
    if (position < text.length) tokens.push(["text", text.slice(position), ""]);
    return tokens;
  }

  /* Display orders: the one definition of textbook/kit/presentation.py's display_order, in
   * 32-bit integers (a test runs both over many keys). Seed: FNV-1a of the key's UTF-8 bytes;
   * numbers: mulberry32; order: Fisher-Yates from the end. neverIdentity (ordering, matching)
   * rotates an order that came out unshuffled. */
  function fnv1a(key) {
    var bytes = new TextEncoder().encode(key);
    var value = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) value = Math.imul(value ^ bytes[i], 0x01000193) >>> 0;
    return value;
  }

  function mulberry32(seed) {
    var state = seed >>> 0;
    return function () {
      state = (state + 0x6d2b79f5) >>> 0;
      var t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (t ^ (t >>> 14)) >>> 0;
    };
  }

  function displayOrder(key, size, neverIdentity) {
    var order = [];
    for (var n = 0; n < size; n++) order.push(n);
    var next = mulberry32(fnv1a(key));
    for (var i = size - 1; i > 0; i--) {
      var j = next() % (i + 1);
      var kept = order[i]; order[i] = order[j]; order[j] = kept;
    }
    if (neverIdentity && size > 1 && order.every(function (v, k) { return v === k; })) order.push(order.shift());
    return order;
  }

  function check(exercise, response) {
    var kind = checks[exercise.kind];
    if (!kind) throw new ResponseError("unknown kind " + exercise.kind);
    return kind(exercise, response);
  }

  var api = {
    check: check, isDone: isDone, inline: inline, isSafeUrl: isSafeUrl, displayOrder: displayOrder,
    ResponseError: ResponseError
  };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.FFCheck = api;
})(typeof window !== "undefined" ? window : this);
