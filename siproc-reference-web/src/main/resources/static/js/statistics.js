// Draws one bar chart per statistics table from its data-* attributes (Chart.js, served by the application).
(function () {
  'use strict';
  var palette = ['#1f5f8b', '#e07b39', '#3a8f5c', '#8e44ad', '#c0392b', '#7f8c8d', '#d4ac0d', '#16a085'];
  document.querySelectorAll('canvas.chart').forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels || '[]');
    var names = JSON.parse(canvas.dataset.names || '[]');
    var series = JSON.parse(canvas.dataset.series || '[]');
    if (!window.Chart || labels.length === 0) {
      return;
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: series.map(function (values, i) {
          return { label: names[i], data: values, backgroundColor: palette[i % palette.length] };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: labels.length > 8 ? 'y' : 'x',
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
}());
