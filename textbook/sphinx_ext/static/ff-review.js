/* Foundations First: spaced review, the one scheduler. The same pure functions as
 * textbook/kit/review.py (tests/kit/test_review_agreement.py runs both on generated histories).
 * The clock is an input: "today" is the learner's local date, "YYYY-MM-DD".
 * An entry: {"hash", "box" (1..5), "due", "last", "history": [[day, "right"|"retry"|"missed"]]}.
 * Plain ES2017, no modules: a script in the page, and a module in Node.js for the tests. */
(function (root) {
  "use strict";

  var INTERVALS = [1, 3, 7, 16, 35]; // days, by box
  var SESSION_SIZE = 8;
  var HISTORY_KEPT = 12;
  var RIGHT = "right", RETRY = "retry", MISSED = "missed";
  var DAY = 86400000;
  var own = Object.prototype.hasOwnProperty;

  function pad(n, size) {
    var text = String(n);
    while (text.length < size) text = "0" + text;
    return text;
  }

  /* Calendar arithmetic in UTC, so that no time zone or daylight saving shifts a day. */
  function addDays(day, days) {
    var parts = day.split("-");
    var when = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) + days * DAY);
    return pad(when.getUTCFullYear(), 4) + "-" + pad(when.getUTCMonth() + 1, 2) + "-" + pad(when.getUTCDate(), 2);
  }

  function daysBetween(earlier, later) {
    var a = earlier.split("-"), b = later.split("-");
    return Math.round((Date.UTC(+b[0], +b[1] - 1, +b[2]) - Date.UTC(+a[0], +a[1] - 1, +a[2])) / DAY);
  }

  /* The learner's local date of a moment (a Date, or an ISO time such as a record's "updated"). */
  function localDay(moment) {
    var when = moment instanceof Date ? moment : new Date(moment);
    if (isNaN(when.getTime())) return null;
    return pad(when.getFullYear(), 4) + "-" + pad(when.getMonth() + 1, 2) + "-" + pad(when.getDate(), 2);
  }

  function enrolled(hash, done, day) {
    return { hash: hash, box: 1, due: addDays(day, INTERVALS[0]), last: day, history: [[day, done ? RIGHT : MISSED]] };
  }

  function attempt(entry, hash, right, today) {
    if (!entry || entry.hash !== hash) return enrolled(hash, right, today);
    var history = entry.history.map(function (outcome) { return outcome.slice(); });
    if (today <= entry.last) {
      if (right && history.length && history[history.length - 1][1] === MISSED) {
        history[history.length - 1] = [history[history.length - 1][0], RETRY];
      }
      return { hash: entry.hash, box: entry.box, due: entry.due, last: entry.last, history: history };
    }
    history = history.concat([[today, right ? RIGHT : MISSED]]).slice(-HISTORY_KEPT);
    var box = entry.box, due = entry.due;
    if (!right) {
      box = 1;
      due = addDays(today, INTERVALS[0]);
    } else if (today >= due) {
      box = Math.min(box + 1, INTERVALS.length);
      due = addDays(today, INTERVALS[box - 1]);
    }
    return { hash: hash, box: box, due: due, last: today, history: history };
  }

  /* items: [[id, chapter, hash], ...] in the book's order. */
  function current(review, item) {
    var entry = own.call(review, item[0]) ? review[item[0]] : null;
    return entry && entry.hash === item[2] ? entry : null;
  }

  function dueNow(review, items, today) {
    return items.filter(function (item) {
      var entry = current(review, item);
      return entry !== null && entry.due <= today;
    }).map(function (item) { return item[0]; });
  }

  function compare(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  }

  function session(review, items, today, size) {
    size = size === undefined ? SESSION_SIZE : size;
    var due = [];
    items.forEach(function (item, position) {
      var entry = current(review, item);
      if (entry !== null && entry.due <= today) due.push([entry.due, position, item[0], item[1]]);
    });
    due.sort(compare);
    var chapters = [], queues = {};
    due.forEach(function (row) {
      if (!own.call(queues, row[3])) { queues[row[3]] = []; chapters.push(row[3]); }
      queues[row[3]].push(row[2]);
    });
    var chosen = [];
    var left = due.length;
    while (chosen.length < size && left > 0) {
      chapters.forEach(function (chapter) {
        if (queues[chapter].length && chosen.length < size) { chosen.push(queues[chapter].shift()); left -= 1; }
      });
    }
    return chosen;
  }

  function nextDue(review, items, today) {
    var best = null;
    items.forEach(function (item) {
      var entry = current(review, item);
      if (entry !== null && entry.due > today && (best === null || entry.due < best)) best = entry.due;
    });
    return best;
  }

  var DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
  var OUTCOMES = [RIGHT, RETRY, MISSED];

  /* Whether a stored entry has the shape above (a record's review section is checked with it). */
  function isEntry(entry) {
    return entry !== null && typeof entry === "object" && !Array.isArray(entry) &&
      typeof entry.hash === "string" && Number.isInteger(entry.box) && entry.box >= 1 && entry.box <= INTERVALS.length &&
      typeof entry.due === "string" && DAY_PATTERN.test(entry.due) &&
      typeof entry.last === "string" && DAY_PATTERN.test(entry.last) &&
      Array.isArray(entry.history) && entry.history.length <= HISTORY_KEPT && entry.history.every(function (o) {
        return Array.isArray(o) && o.length === 2 && typeof o[0] === "string" && DAY_PATTERN.test(o[0]) && OUTCOMES.indexOf(o[1]) >= 0;
      });
  }

  var api = {
    INTERVALS: INTERVALS, SESSION_SIZE: SESSION_SIZE, HISTORY_KEPT: HISTORY_KEPT,
    RIGHT: RIGHT, RETRY: RETRY, MISSED: MISSED,
    addDays: addDays, daysBetween: daysBetween, localDay: localDay, enrolled: enrolled, attempt: attempt,
    dueNow: dueNow, session: session, nextDue: nextDue, isEntry: isEntry
  };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.FFReview = api;
})(typeof window !== "undefined" ? window : this);
