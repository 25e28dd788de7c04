// Runs the browser runtime's check semantics (ff-check.js) in Node.js for the agreement test.
// stdin: JSON [{"exercise": {...}, "response": ...} | {"inline": "text"} | {"order": ...}]; stdout: JSON, for an
// exercise {"result": ..., "done": whether the result completes it}, for "inline" its tokens,
// for {"order": key, "size": n, "never_identity": bool} the display order.
"use strict";
const path = require("path");
const FFCheck = require(path.resolve(__dirname, "../../textbook/sphinx_ext/static/ff-check.js"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((item) => {
    if ("inline" in item) return FFCheck.inline(item.inline);
    if ("order" in item) return FFCheck.displayOrder(item.order, item.size, item.never_identity);
    try {
      const result = FFCheck.check(item.exercise, item.response);
      return { result: result, done: FFCheck.isDone(item.exercise.kind, result) };
    } catch (error) {
      if (error instanceof FFCheck.ResponseError) return { result: { error: true }, done: null };
      throw error;
    }
  });
  process.stdout.write(JSON.stringify(results));
});
