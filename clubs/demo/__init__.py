"""Demo content of the clubs app: the data in `content`, the loader in `loader`."""
