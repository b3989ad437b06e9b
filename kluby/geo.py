"""Distances between places given by their coordinates."""

import math

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres between two points given in degrees."""
    lat1, lon1, lat2, lon2 = (math.radians(float(value)) for value in (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def nearest(origin, places, limit, max_km):
    """The `limit` nearest of `places` ((key, latitude, longitude) triples) to `origin`
    (latitude, longitude), within `max_km`: [(kilometres, key)], nearest first."""
    latitude, longitude = origin
    distances = sorted(
        (km, key)
        for key, lat, lon in places
        if lat is not None and lon is not None and (km := haversine_km(latitude, longitude, lat, lon)) <= max_km
    )
    return distances[:limit]
