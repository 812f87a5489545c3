// The sequence page's map: the track (fetched as GeoJSON from the page's own download) on the configured tiles,
// fitted to the sequence's bounds. Everything it needs comes from data-* attributes of #map; no inline script.
(function () {
  'use strict';

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value || '';
    return span.innerHTML;
  }

  function init() {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var b = el.dataset.bounds.split(',').map(Number);
    var bounds = L.latLngBounds([b[0], b[1]], [b[2], b[3]]);
    var map = L.map(el, { scrollWheelZoom: false });
    L.tileLayer(el.dataset.tileUrl, {
      maxZoom: 19,
      attribution: text(el.dataset.tileAttribution)
    }).addTo(map);
    map.fitBounds(bounds, { padding: [16, 16], maxZoom: 17 });
    fetch(el.dataset.track, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (feature) {
        if (!feature) {
          return;
        }
        L.geoJSON(feature, {
          style: { color: '#a3190f', weight: 4, opacity: 0.9 },
          pointToLayer: function (point, latlng) {
            return L.circleMarker(latlng, { radius: 6, color: '#a3190f' });
          }
        }).addTo(map);
        el.dataset.ready = 'true';
      });
  }

  document.addEventListener('DOMContentLoaded', init);
})();
