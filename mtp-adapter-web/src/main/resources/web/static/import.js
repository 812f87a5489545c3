// The import picker's map: one numbered marker per listed Mapillary sequence, at its first photo, beside the list.
// The rows carry their number and position in data-* attributes (#importable li); the map's tiles and bounds come
// from #import-map's data-* attributes; no inline script. A marker's click brings its row into view.
// data-ready="true" marks a map whose markers are drawn.
(function () {
  'use strict';

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value || '';
    return span.innerHTML;
  }

  function init() {
    var el = document.getElementById('import-map');
    if (!el || typeof L === 'undefined' || !el.dataset.bounds) {
      return;
    }
    var b = el.dataset.bounds.split(',').map(Number);
    var map = L.map(el, { scrollWheelZoom: false });
    L.tileLayer(el.dataset.tileUrl, {
      maxZoom: 19,
      attribution: text(el.dataset.tileAttribution)
    }).addTo(map);
    map.fitBounds(L.latLngBounds([b[1], b[0]], [b[3], b[2]]), { padding: [24, 24], maxZoom: 15 });
    var rows = document.querySelectorAll('#' + el.dataset.rows + ' li[data-number]');
    Array.prototype.forEach.call(rows, function (row) {
      var number = row.dataset.number;
      var icon = L.divIcon({ className: 'import-marker', html: text(number), iconSize: [28, 28] });
      L.marker([Number(row.dataset.lat), Number(row.dataset.lon)], { icon: icon, title: number, alt: number })
        .addTo(map)
        .on('click', function () {
          row.scrollIntoView({ block: 'nearest' });
          row.classList.add('chosen');
        });
    });
    el.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
