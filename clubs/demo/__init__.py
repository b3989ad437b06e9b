"""Demo content of the clubs app: the files in `data/` and `pages/`, the loader in `loader`."""
