// Draws the performance page's charts from the figures the page already shows in its tables (data-chart on each
// canvas). Without JavaScript, or if Chart.js does not load, the tables are all there is, and all that is needed.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var font = { family: 'arial, sans-serif' };
  Chart.defaults.font.family = font.family;
  Chart.defaults.maintainAspectRatio = false;

  var percent = {
    min: 0, max: 100,
    ticks: { callback: function (value) { return value + '%'; } }
  };

  function data(id) {
    var canvas = document.getElementById(id);
    return canvas ? { canvas: canvas, figures: JSON.parse(canvas.getAttribute('data-chart')) } : null;
  }

  var trend = data('trend-chart');
  if (trend) {
    var t = trend.figures;
    new Chart(trend.canvas, {
      type: 'line',
      data: {
        labels: t.labels,
        datasets: [
          { label: 'In the month', data: t.month, borderColor: '#1d70b8', backgroundColor: '#1d70b8', spanGaps: false },
          { label: 'Year to date', data: t.yearToDate, borderColor: '#0b0c0c', backgroundColor: '#0b0c0c', borderWidth: 3 },
          { label: 'Target', data: t.target, borderColor: '#00703c', backgroundColor: '#00703c', borderDash: [6, 4], pointRadius: 0, stepped: true },
          { label: 'England', data: t.england, borderColor: '#d4351c', backgroundColor: '#d4351c', borderDash: [2, 3], pointRadius: 0, stepped: true }
        ]
      },
      options: { scales: { y: percent }, plugins: { legend: { position: 'bottom' } } }
    });
  }

  var advice = data('advice-chart');
  if (advice) {
    var a = advice.figures;
    new Chart(advice.canvas, {
      type: 'bar',
      data: {
        labels: a.labels,
        datasets: [
          { label: 'All advice returned', data: a.rate, backgroundColor: '#1d70b8' },
          { label: 'Excluding reg 8(2) exceptions', data: a.rateExcludingExceptions, backgroundColor: '#85994b' }
        ]
      },
      options: { scales: { y: percent }, plugins: { legend: { position: 'bottom' } } }
    });
  }
})();
