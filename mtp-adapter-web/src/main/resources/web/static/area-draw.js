// The challenge form's map (#area-map): draw the area's shapes with leaflet-draw (click each corner, click the first
// one to close), edit or remove them; every change writes the shapes into the form's GeoJSON field (a Polygon, or a
// MultiPolygon for several), and the field's GeoJSON (typed, pasted, or kept from a refused form) is drawn when the
// page loads and whenever the field changes. The field works without this script. data-ready="true" marks a map
// ready to draw on.
(function () {
  'use strict';

  var STYLE = { color: '#1d4e89', weight: 3, fillOpacity: 0.15 };

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value || '';
    return span.innerHTML;
  }

  // GeoJSON [lon, lat] rings to Leaflet [lat, lon] rings.
  function latLngs(rings) {
    return rings.map(function (ring) {
      return ring.map(function (p) { return [p[1], p[0]]; });
    });
  }

  // The polygons of the field's GeoJSON as lists of rings, or null when it holds no readable Polygon/MultiPolygon.
  function polygonsOf(value) {
    var geometry;
    try {
      geometry = JSON.parse(value);
    } catch (e) {
      return null;
    }
    if (geometry && geometry.type === 'Polygon' && Array.isArray(geometry.coordinates)) {
      return [geometry.coordinates];
    }
    if (geometry && geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) {
      return geometry.coordinates;
    }
    return null;
  }

  function fromField(field, drawn) {
    var polygons = polygonsOf(field.value);
    if (!polygons) {
      return false;
    }
    drawn.clearLayers();
    polygons.forEach(function (rings) {
      try {
        drawn.addLayer(L.polygon(latLngs(rings), STYLE));
      } catch (e) {
        // positions that are not numbers: the server names the problem next to the field
      }
    });
    return true;
  }

  function toField(field, drawn) {
    var polygons = [];
    drawn.eachLayer(function (layer) {
      var geometry = layer.toGeoJSON().geometry;
      if (geometry.type === 'Polygon') {
        polygons.push(geometry.coordinates);
      } else if (geometry.type === 'MultiPolygon') {
        polygons = polygons.concat(geometry.coordinates);
      }
    });
    if (polygons.length === 0) {
      field.value = '';
    } else if (polygons.length === 1) {
      field.value = JSON.stringify({ type: 'Polygon', coordinates: polygons[0] });
    } else {
      field.value = JSON.stringify({ type: 'MultiPolygon', coordinates: polygons });
    }
  }

  function fit(map, drawn) {
    if (drawn.getLayers().length > 0) {
      map.fitBounds(drawn.getBounds(), { padding: [16, 16], maxZoom: 16 });
    } else {
      map.fitBounds([[-55, -150], [70, 150]]);
    }
  }

  function init() {
    var el = document.getElementById('area-map');
    var field = el && document.getElementById(el.dataset.field);
    if (!field || typeof L === 'undefined' || !L.Control.Draw) {
      return;
    }
    var map = L.map(el, { scrollWheelZoom: false });
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: text(el.dataset.tileAttribution) }).addTo(map);
    var drawn = new L.FeatureGroup().addTo(map);
    fromField(field, drawn);
    fit(map, drawn);
    map.addControl(new L.Control.Draw({
      position: 'topright',
      draw: {
        polygon: { allowIntersection: false, showArea: false, shapeOptions: STYLE },
        polyline: false,
        rectangle: false,
        circle: false,
        marker: false,
        circlemarker: false
      },
      edit: { featureGroup: drawn }
    }));
    map.on(L.Draw.Event.CREATED, function (event) {
      drawn.addLayer(event.layer);
      toField(field, drawn);
    });
    map.on(L.Draw.Event.EDITED, function () { toField(field, drawn); });
    map.on(L.Draw.Event.DELETED, function () { toField(field, drawn); });
    field.addEventListener('change', function () {
      if (fromField(field, drawn)) {
        fit(map, drawn);
      }
    });
    el.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
