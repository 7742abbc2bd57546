// Recording in Practice and Mock: each Record button captures the microphone, shows the level and the time
// against the target, sends the audio to this machine's server to be transcribed, and fills the answer with
// the transcript (editable before it is judged). A failed transcription leaves the typed text as it was.
// While "Keep my recordings" is ticked, the server holds each recording and the form carries its token, so
// the recording is kept with the attempt; unticking it forgets the tokens the page holds.
(function () {
  "use strict";
  var headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
  var keep = document.querySelector("input[name=keep_recordings]");

  function keeping() {
    return !keep || keep.checked;
  }

  if (keep) {
    keep.addEventListener("change", function () {
      if (keep.checked) return;
      document.querySelectorAll("input[data-recording]").forEach(function (field) { field.value = ""; });
    });
  }

  function format(seconds) {
    var s = Math.floor(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function setUp(box) {
    var holder = box.closest("[data-recordable]");
    var area = holder.querySelector("textarea");
    var spoken = holder.querySelector("input.spoken");
    var secondsField = holder.querySelector("input.seconds");
    var token = holder.querySelector("input.recording");
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
      var url = "/api/transcribe?section=" + encodeURIComponent(box.dataset.section) +
          "&keep=" + (keeping() ? "true" : "false");
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
          if (token) token.value = data.recording || "";
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
