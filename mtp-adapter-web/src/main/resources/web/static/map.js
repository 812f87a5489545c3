// The maps of the sequence, tour and challenge pages: each track (fetched as GeoJSON from the sequence's own download) on the
// configured tiles, fitted to the bounds. A sequence page's #map names one track in data-track; a tour page's names
// its tracks in tour order in data-tracks (space-separated), each numbered; a challenge page's gives its area's
// polygons in data-area; the search page's map can put its view into the search's area (bbox) field; the home
// page's map (data-features) shows the markers of its view and has the list beside it follow. Everything comes from data-* attributes
// of #map; no inline script. data-ready="true" marks a map whose tracks have all been drawn.
(function () {
  'use strict';

  var COLOURS = ['#a3190f', '#1d4e89'];

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value || '';
    return span.innerHTML;
  }

  function track(map, url, colour, label) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (feature) {
        if (!feature) {
          return;
        }
        var layer = L.geoJSON(feature, {
          style: { color: colour, weight: 4, opacity: 0.9 },
          pointToLayer: function (point, latlng) {
            return L.circleMarker(latlng, { radius: 6, color: colour });
          }
        }).addTo(map);
        if (label) {
          layer.bindTooltip(label);
        }
      });
  }

  // The search page's map: its button puts the map's view into the form's area field and searches it.
  function useViewAsArea(map, el) {
    var button = document.getElementById('use-map-area');
    var form = el.dataset.areaForm && document.getElementById(el.dataset.areaForm);
    var field = el.dataset.areaField && document.getElementById(el.dataset.areaField);
    if (!button || !form || !field) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      field.value = boxOf(map);
      form.submit();
    });
  }

  function clamp(n, limit) {
    return Math.max(-limit, Math.min(limit, n)).toFixed(5);
  }

  function boxOf(map) {
    var b = map.getBounds();
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .join(',');
  }

  // A marker's popup: the sequence's name as text (never as markup) linking to its page.
  function popup(props) {
    var link = document.createElement('a');
    link.href = props.url;
    link.textContent = props.name;
    return link;
  }

  // The home map: after each move it asks only for the view's markers (clusters for the zoom), then has htmx put
  // the latest sequences of that view into the list beside it, and keeps the view in the address (?bbox=).
  function followView(map, el) {
    var markers = L.layerGroup().addTo(map);
    var list = document.getElementById(el.dataset.list);
    var asked = 0;
    var first = true;
    var listedBox = null;
    function update() {
      var bbox = boxOf(map);
      var ask = ++asked;
      el.dataset.ready = 'false';
      var url = el.dataset.features + '?bbox=' + encodeURIComponent(bbox) + '&zoom=' + map.getZoom();
      var features = fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (collection) {
          if (!collection || ask !== asked) {
            return;
          }
          markers.clearLayers();
          L.geoJSON(collection, {
            pointToLayer: function (point, latlng) {
              var count = point.properties.count;
              if (count > 1) {
                return L.marker(latlng, {
                  icon: L.divIcon({ className: 'map-cluster', html: String(count), iconSize: [32, 32] }),
                  title: String(count)
                }).on('click', function () { map.setView(latlng, map.getZoom() + 2); });
              }
              return L.circleMarker(latlng, { radius: 7, color: '#a3190f', weight: 3 }).bindPopup(popup(point.properties));
            }
          }).addTo(markers);
        });
      // the first view is the one the page was rendered for: its list is already there; a move that ends on the
      // view already listed (Leaflet may end a move twice) keeps the list, so a link about to be followed stays put
      var unchanged = first || bbox === listedBox;
      var listed = unchanged || typeof htmx === 'undefined' || !list
        ? Promise.resolve()
        : htmx.ajax('GET', '/?bbox=' + encodeURIComponent(bbox), { target: list, swap: 'innerHTML' });
      if (!unchanged) {
        history.replaceState(null, '', '/?bbox=' + encodeURIComponent(bbox));
      }
      first = false;
      listedBox = bbox;
      Promise.all([features, listed]).then(function () {
        if (ask === asked) {
          el.dataset.bbox = bbox;
          el.dataset.ready = 'true';
        }
      });
    }
    map.on('moveend', update);
    update();
  }

  function init() {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined' || !el.dataset.bounds) {
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
    if (el.dataset.features) {
      followView(map, el);
      return;
    }
    if (el.dataset.area) {
      L.polygon(JSON.parse(el.dataset.area), { color: '#1d4e89', weight: 3, fillOpacity: 0.15 }).addTo(map);
      el.dataset.ready = 'true';
      return;
    }
    useViewAsArea(map, el);
    var urls = el.dataset.tracks !== undefined ? el.dataset.tracks.split(' ').filter(Boolean) : [el.dataset.track];
    var numbered = el.dataset.tracks !== undefined;
    Promise.all(urls.map(function (url, i) {
      return track(map, url, COLOURS[i % COLOURS.length], numbered ? String(i + 1) : null);
    })).then(function () {
      el.dataset.ready = 'true';
    });
  }

  document.addEventListener('DOMContentLoaded', init);
})();
