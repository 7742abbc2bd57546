// Section timers: each [data-target] block times its textarea from the first keystroke, shows the spoken-time
// estimate as the text grows, and keeps the seconds in a hidden field so the server can store them.
(function () {
  "use strict";
  var WORDS_PER_MINUTE = Number(document.body.dataset.wpm || 150);

  function format(seconds) {
    var s = Math.floor(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function stateFor(elapsed, target) {
    if (elapsed > target) return "over";
    if (elapsed >= target * 0.8) return "near";
    return "running";
  }

  function countWords(text) {
    var words = text.trim().match(/[A-Za-z\u00C0-\u024F0-9][\w'’\-]*/g);
    return words ? words.length : 0;
  }

  function setUp(block) {
    var target = Number(block.dataset.target);
    var area = block.querySelector("textarea");
    var timer = block.querySelector(".timer");
    var hidden = block.querySelector("input.seconds");
    var estimate = block.querySelector(".estimate-seconds");
    var wordCount = block.querySelector(".word-count");
    if (!area || !timer) return;
    var started = null;
    var stopped = false;
    var ticking = null;

    function tick() {
      if (started === null) return;
      var elapsed = (Date.now() - started) / 1000;
      timer.textContent = format(elapsed);
      timer.dataset.state = stateFor(elapsed, target);
      if (hidden) hidden.value = elapsed.toFixed(1);
    }

    function update() {
      var words = countWords(area.value);
      if (wordCount) wordCount.textContent = words;
      if (estimate) estimate.textContent = Math.round(words * 60 / WORDS_PER_MINUTE);
    }

    area.addEventListener("input", function () {
      if (started === null && !stopped) {
        started = Date.now();
        ticking = window.setInterval(tick, 250);
      }
      update();
    });
    block.stopTimer = function () {
      if (stopped) return;  // a second stop (say, on submit) keeps the time of the first
      tick();
      stopped = true;
      if (ticking) window.clearInterval(ticking);
    };
    update();
  }

  window.starcoachTimers = { setUp: setUp, stateFor: stateFor };
  document.querySelectorAll("[data-target]").forEach(setUp);
  document.querySelectorAll("form.timed").forEach(function (form) {
    form.addEventListener("submit", function () { if (form.stopTimer) form.stopTimer(); });
  });
})();
