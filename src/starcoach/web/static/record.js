// Recording in Practice: each section's Record button captures the microphone, shows the level and the time
// against the target, sends the audio to this machine's server to be transcribed, and fills the section with
// the transcript (editable before Check). A failed transcription leaves the typed text as it was.
(function () {
  "use strict";
  var headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");

  function format(seconds) {
    var s = Math.floor(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function setUp(box) {
    var holder = box.closest("[data-recordable]");
    var area = holder.querySelector("textarea");
    var spoken = holder.querySelector("input.spoken");
    var secondsField = holder.querySelector("input.seconds");
    var button = box.querySelector(".record-button");
    var meter = box.querySelector("meter.level");
    var clock = box.querySelector(".rec-time");
    var status = box.querySelector(".rec-status");
    var target = Number(box.dataset.secondsTarget);
    var label = button.textContent;
    var recording = null;

    function say(text, isError) {
      status.textContent = text;
      status.classList.toggle("inline-error", Boolean(isError));
    }

    function send(blob) {
      say("Transcribing on this machine…");
      button.disabled = true;
      var url = "/api/transcribe?section=" + encodeURIComponent(box.dataset.section);
      fetch(url, {
        method: "POST",
        body: blob,
        headers: Object.assign({ "Content-Type": blob.type || "application/octet-stream" }, headers),
        credentials: "same-origin"
      })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (data) {
            if (!response.ok) throw new Error(data.detail || "the recording could not be transcribed");
            return data;
          });
        })
        .then(function (data) {
          area.value = data.text;
          if (spoken) spoken.value = JSON.stringify(data.words);
          area.dispatchEvent(new Event("input", { bubbles: true }));
          // The time of a recorded answer is the recording's, not the typing timer's.
          if (holder.stopTimer) holder.stopTimer();
          if (secondsField) secondsField.value = data.delivery.seconds;
          var pace = data.delivery && data.delivery.words_per_minute;
          say("Transcribed: " + Math.round(data.delivery.seconds) + " s spoken" +
              (pace ? ", " + Math.round(pace) + " words a minute" : "") + ". Edit it if needed, then Check.");
        })
        .catch(function (error) { say(error.message + ". Your text is unchanged.", true); })
        .then(function () { button.disabled = false; });
    }

    function start() {
      if (!navigator.mediaDevices || !window.MediaRecorder) {
        say("This browser cannot record here; type your answer instead.", true);
        return;
      }
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var chunks = [];
        var recorder = new MediaRecorder(stream);
        var context = new (window.AudioContext || window.webkitAudioContext)();
        var analyser = context.createAnalyser();
        context.createMediaStreamSource(stream).connect(analyser);
        var samples = new Uint8Array(analyser.fftSize);
        var began = Date.now();
        var ticking = window.setInterval(function () {
          analyser.getByteTimeDomainData(samples);
          var peak = 0;
          for (var i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] - 128) / 128);
          meter.value = peak;
          var elapsed = (Date.now() - began) / 1000;
          clock.textContent = format(elapsed);
          clock.dataset.state = elapsed > target ? "over" : elapsed >= target * 0.8 ? "near" : "running";
        }, 100);
        recorder.ondataavailable = function (event) { if (event.data.size) chunks.push(event.data); };
        recorder.onstop = function () {
          window.clearInterval(ticking);
          stream.getTracks().forEach(function (track) { track.stop(); });
          context.close();
          meter.value = 0;
          send(new Blob(chunks, { type: recorder.mimeType }));
        };
        recorder.start(1000);
        recording = recorder;
        button.textContent = "■ Stop";
        button.setAttribute("aria-pressed", "true");
        say("Recording…");
      }).catch(function () {
        say("The microphone is not available: allow it in the browser, or type your answer.", true);
      });
    }

    button.addEventListener("click", function () {
      if (recording) {
        recording.stop();
        recording = null;
        button.textContent = label;
        button.setAttribute("aria-pressed", "false");
      } else {
        start();
      }
    });
  }

  document.querySelectorAll(".recorder").forEach(setUp);
})();
