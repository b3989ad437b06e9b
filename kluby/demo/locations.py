"""Places in the demo content's files, for errors that say where a problem is."""

from pathlib import Path


class ContentError(Exception):
    """A problem in a content file, reported as `path:line: message`."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = Path(path), line, message
        super().__init__(f"{self.location}: {message}")

    @property
    def location(self):
        try:
            shown = self.path.relative_to(Path.cwd())
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}" if self.line else str(shown)


class Where:
    """A place in a file, for error messages: the file and a line in it."""

    def __init__(self, path, line):
        self.path, self.line = path, line

    def error(self, message):
        return ContentError(self.path, self.line, message)
