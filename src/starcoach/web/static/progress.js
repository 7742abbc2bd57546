// Progress: draw the scores over time with the vendored Chart.js, from the points the page carries.
(function () {
  "use strict";
  var canvas = document.getElementById("score-chart");
  if (!canvas || !window.Chart) return;
  var points = JSON.parse(canvas.dataset.points || "[]");
  var labels = points.map(function (p) { return p.x.slice(0, 16).replace("T", " "); });
  new window.Chart(canvas, {
    type: "line",
    data: {
      labels: labels,
      datasets: [{
        label: "Score",
        data: points.map(function (p) { return p.y; }),
        borderColor: "#1d3a6e",
        backgroundColor: "#1d3a6e",
        tension: 0.2,
      }],
    },
    options: {
      animation: false,
      aspectRatio: window.innerWidth < 600 ? 1.4 : 3,
      scales: { y: { min: 0, max: 100, title: { display: true, text: "score" } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { afterLabel: function (item) { return points[item.dataIndex].mode; } } },
      },
    },
  });
  canvas.dataset.drawn = "true";
})();
