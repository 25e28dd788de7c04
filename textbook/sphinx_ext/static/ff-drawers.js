/* Foundations First: the drawers on a narrow screen (the book's contents and the page's).
 *
 * pydata-sphinx-theme 0.17.1 and sphinx-book-theme 1.3.0 each wire only the *first*
 * .primary-toggle and .secondary-toggle of a page (document.querySelector): the theme's own
 * header buttons, which sphinx-book-theme hides. The buttons a reader sees show a tooltip and
 * nothing opens (pydata-sphinx-theme issue #2451). Each other toggle hands its click to the
 * wired one, so the themes' own code opens the drawer on a narrow screen, hides the sidebar on
 * a wide one, closes on Escape or a tap outside, and gives focus back to the button.
 */
(function () {
  "use strict";

  function hideTooltip(button) {
    var bootstrap = window.bootstrap;
    var tooltip = bootstrap && bootstrap.Tooltip && bootstrap.Tooltip.getInstance(button);
    if (tooltip) tooltip.hide();
  }

  function relay(selector) {
    var toggles = document.querySelectorAll(selector);
    var wired = toggles[0];
    Array.prototype.slice.call(toggles, 1).forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation();
        hideTooltip(button);
        button.focus(); // the themes give focus back to what had it when the drawer opened
        wired.click();
      });
    });
  }

  function label(id, name) {
    var dialog = document.getElementById(id);
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", name);
  }

  function init() {
    relay(".primary-toggle");
    relay(".secondary-toggle");
    label("pst-primary-sidebar-modal", "Contents of the book");
    label("pst-secondary-sidebar-modal", "Contents of this page");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
