/*
 * Generic Leaflet map for any element with `data-map` and `data-geojson="<url>"`.
 *
 * Nothing is fetched on page load: the script adds a button, and only when it is pressed does
 * it fetch the GeoJSON and the OpenStreetMap tiles. A page without JavaScript (or offline)
 * keeps its list, which is the text alternative the map element points at.
 *
 * Optional data attributes on the element:
 *   data-button-label   text of the button ("Show map")
 *   data-loading-label  text while loading
 *   data-error-label    text when the data cannot be loaded
 *   data-attribution    tile attribution (HTML); the OSM attribution is used otherwise
 *   data-icon-url, data-icon-retina-url, data-shadow-url
 *                       marker images (default: Leaflet's, from the folder of leaflet.js)
 *   data-summary-keys   comma-separated feature properties shown under the name in a popup
 *                       (default "summary")
 *
 * Each GeoJSON feature is a Point; its `properties.name` labels the marker and
 * `properties.url` (optional) becomes a link in its popup.
 */
(function () {
  "use strict";

  var TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  var OSM_ATTRIBUTION =
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

  function summaryOf(container, properties) {
    var keys = (container.dataset.summaryKeys || "summary").split(",");
    var parts = [];
    for (var i = 0; i < keys.length; i += 1) {
      var value = properties[keys[i].trim()];
      if (value) {
        parts.push(String(value));
      }
    }
    return parts.join(", ");
  }

  function popupContent(container, properties) {
    var wrapper = document.createElement("div");
    var title = document.createElement("p");
    title.className = "map-popup__title";
    if (properties.url) {
      var link = document.createElement("a");
      link.href = properties.url;
      link.textContent = properties.name || properties.url;
      title.appendChild(link);
    } else {
      title.textContent = properties.name || "";
    }
    wrapper.appendChild(title);
    var text = summaryOf(container, properties);
    if (text) {
      var summary = document.createElement("p");
      summary.textContent = text;
      wrapper.appendChild(summary);
    }
    return wrapper;
  }

  var MARKER_OPTIONS = {
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    tooltipAnchor: [16, -28],
    shadowSize: [41, 41],
  };

  function markerIcon(container) {
    if (container.dataset.iconUrl) {
      return L.icon(
        L.extend({}, MARKER_OPTIONS, {
          iconUrl: container.dataset.iconUrl,
          iconRetinaUrl: container.dataset.iconRetinaUrl || container.dataset.iconUrl,
          shadowUrl: container.dataset.shadowUrl || "",
        })
      );
    }
    // Leaflet guesses its image folder from its CSS, which fails with hashed static names;
    // the images sit next to leaflet.js, so take the folder from that script's address.
    var script = document.querySelector('script[src*="vendor/leaflet/leaflet"]');
    if (script && !L.Icon.Default.imagePath) {
      L.Icon.Default.imagePath = script.src.replace(/[^/]*$/, "") + "images/";
    }
    return new L.Icon.Default();
  }

  function drawMap(container, canvas, data) {
    var icon = markerIcon(container);
    var map = L.map(canvas, { keyboard: true, scrollWheelZoom: false });
    L.tileLayer(TILE_URL, {
      maxZoom: 18,
      attribution: container.dataset.attribution || OSM_ATTRIBUTION,
    }).addTo(map);

    var layer = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        var name = (feature.properties && feature.properties.name) || "";
        // Markers are keyboard-focusable (Leaflet's `keyboard` option); alt names them.
        return L.marker(latlng, { icon: icon, keyboard: true, title: name, alt: name });
      },
      onEachFeature: function (feature, marker) {
        marker.bindPopup(popupContent(container, feature.properties || {}));
      },
    }).addTo(map);

    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
    } else {
      map.setView([52.0, 19.4], 5);
    }
    return map;
  }

  function setUp(container) {
    var url = container.dataset.geojson;
    if (!url) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button map-toggle";
    button.textContent = container.dataset.buttonLabel || "Show map";
    var status = document.createElement("p");
    status.className = "map-status";
    status.setAttribute("role", "status");
    var canvas = document.createElement("div");
    canvas.className = "map-canvas";
    canvas.hidden = true;

    container.appendChild(button);
    container.appendChild(status);
    container.appendChild(canvas);
    container.classList.add("map--ready");

    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = container.dataset.loadingLabel || "Loading…";
      fetch(url, { headers: { Accept: "application/geo+json, application/json" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          canvas.hidden = false;
          button.remove();
          status.textContent = "";
          var map = drawMap(container, canvas, data);
          map.getContainer().focus();
        })
        .catch(function () {
          button.disabled = false;
          status.textContent =
            container.dataset.errorLabel || "The map could not be loaded. Use the list instead.";
        });
    });
  }

  function init() {
    if (typeof L === "undefined" || !window.fetch) {
      return;
    }
    var containers = document.querySelectorAll("[data-map][data-geojson]");
    for (var i = 0; i < containers.length; i += 1) {
      setUp(containers[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
