"""The open data catalogue: apps register their datasets; `/<lang>/open-data/` lists them all."""

from dataclasses import dataclass, field

from django.utils.functional import Promise

DATA_LICENCE_NAME = "CC BY 4.0"
DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str | Promise
    description: str | Promise
    # (format label, URL name) pairs, e.g. ("GeoJSON", "open_data_clubs_geojson").
    formats: tuple = field(default_factory=tuple)
    order: int = 100


_datasets: dict[str, Dataset] = {}


def register_dataset(dataset):
    """Called from an app's `AppConfig.ready()`; registering the same key again replaces it."""
    _datasets[dataset.key] = dataset


def datasets():
    return sorted(_datasets.values(), key=lambda dataset: (dataset.order, dataset.key))
