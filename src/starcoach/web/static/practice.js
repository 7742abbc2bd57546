// Practice mode: show one section at a time (all stay in the form), and stop a section's timer when moving on.
(function () {
  "use strict";
  var form = document.getElementById("practice-form");
  if (!form) return;
  var steps = Array.prototype.slice.call(form.querySelectorAll("fieldset.practice-section"));

  function show(name) {
    steps.forEach(function (step) {
      var current = step.dataset.section === name;
      step.hidden = !current;
      if (current) {
        var area = step.querySelector("textarea");
        if (area) area.focus();
      }
    });
  }

  form.querySelectorAll(".next-button").forEach(function (button) {
    button.addEventListener("click", function () {
      var step = button.closest("fieldset");
      if (step && step.stopTimer) step.stopTimer();
      show(button.dataset.next);
    });
  });
  form.addEventListener("submit", function () {
    steps.forEach(function (step) { if (step.stopTimer) step.stopTimer(); });
    steps.forEach(function (step) { step.hidden = false; });
  });
  var firstEmpty = steps.filter(function (step) { return !step.querySelector("textarea").value.trim(); })[0];
  show((firstEmpty || steps[0]).dataset.section);
})();
