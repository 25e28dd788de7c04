/* Foundations First: the DOM helpers the runtime's files share (ff-exercises.js,
 * ff-page-progress.js, ff-readiness.js). Text is never parsed as HTML: nodes are built with
 * createElement and textContent, and inline markup comes from FFCheck.inline's tokens.
 * Plain ES2017, no modules, no requests: it works from file:// too. */
(function () {
  "use strict";

  function h(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "className") node.className = value;
        else if (key === "text") node.textContent = value;
        else if (key === "hidden") node.hidden = true;
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* Text in the exercise markup subset, as DOM nodes (em, strong, code, links to safe URLs). */
  function rich(text, options) {
    var fragment = document.createDocumentFragment();
    window.FFCheck.inline(String(text)).forEach(function (token) {
      var kind = token[0];
      var content = token[1];
      var url = token[2];
      if (kind === "em" || kind === "strong" || kind === "code") {
        fragment.appendChild(h(kind, { text: content }));
      } else if (kind === "link" && !(options && options.noLinks) && window.FFCheck.isSafeUrl(url)) {
        var link = h("a", { text: content });
        link.href = url;
        fragment.appendChild(link);
      } else {
        fragment.appendChild(document.createTextNode(content));
      }
    });
    return fragment;
  }

  function richIn(tag, props, text, options) {
    var node = h(tag, props);
    node.appendChild(rich(text, options));
    return node;
  }

  function plain(text) {
    return window.FFCheck.inline(String(text)).map(function (token) { return token[1]; }).join("");
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function icon(symbol) {
    return h("span", { className: "ff-icon", "aria-hidden": "true", text: symbol });
  }

  function contentRoot() {
    var root = document.documentElement.getAttribute("data-content_root");
    return root === null ? "" : root;
  }

  function removeAdded(scope, className) {
    Array.prototype.forEach.call(scope.querySelectorAll("." + (className || "ff-added")), function (node) { node.remove(); });
  }

  /* The chapter an element is about: its data-chapter attribute (the engine writes it on every
   * box, item and list entry about a chapter), never a class name. */
  function chapterIdOf(node) {
    var id = node ? node.getAttribute("data-chapter") : null;
    return id && window.FFProgress && window.FFProgress.isId(id) ? id : null;
  }

  window.FFDom = {
    h: h, rich: rich, richIn: richIn, plain: plain, plural: plural, icon: icon,
    contentRoot: contentRoot, removeAdded: removeAdded, chapterIdOf: chapterIdOf
  };
})();
