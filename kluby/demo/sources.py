"""Reading the demo content files: YAML records and Markdown pages with front matter, checked
against a declared schema. Every problem is a `ContentError` naming the file and the line.

Layout of an app's content (see docs/demo-content.md):
    <app>/demo/data/<set>.yaml                 records by key: {key: {field: value, ...}}
    <app>/demo/pages/<lang>/<section>/<key>.md  one page in one language
    <app>/demo/pages/<lang>/<section>/_index.md the section's index page
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .locations import ContentError, Where
from .markdown import references_in

LANGUAGE_CODES = ("pl", "ro", "en")
INDEX_KEY = "_index"


class LocatedDict(dict):
    """A YAML mapping that remembers the file and the line of each of its values."""

    path = None
    line = 0

    def where(self, key=None):
        return Where(self.path, self.lines.get(key, self.line) if key is not None else self.line)


class LocatedList(list):
    path = None
    line = 0

    def where(self, index=None):
        return Where(self.path, self.lines[index] if index is not None else self.line)


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    """PyYAML's safe loader, keeping line numbers and refusing a key given twice."""

    path = None
    line_offset = 0

    def _line(self, node):
        return node.start_mark.line + 1 + self.line_offset

    def construct_located_mapping(self, node):
        self.flatten_mapping(node)
        mapping = LocatedDict()
        mapping.path, mapping.line, mapping.lines = self.path, self._line(node), {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                raise ContentError(self.path, self._line(key_node), "a key must be a word")
            key = str(key)
            if key in mapping:
                raise ContentError(self.path, self._line(key_node), f"'{key}' is given twice")
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.lines[key] = self._line(value_node)
        return mapping

    def construct_located_sequence(self, node):
        sequence = LocatedList(self.construct_object(child, deep=True) for child in node.value)
        sequence.path, sequence.line = self.path, self._line(node)
        sequence.lines = [self._line(child) for child in node.value]
        return sequence


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_located_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _Loader.construct_located_sequence)


def load_yaml(text, path, line_offset=0):
    """`text` parsed as YAML (safe types only), with line numbers; errors name path and line."""
    loader = _Loader(text)
    loader.path, loader.line_offset = path, line_offset
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        # The context (an unclosed bracket or quote) is where the writer has to look, when
        # there is one; the problem is often found only at the end of the file.
        mark = error.context_mark or error.problem_mark
        line = mark.line + 1 + line_offset if mark else 0
        what = f"{error.context}, {error.problem}" if error.context else error.problem
        raise ContentError(path, line, f"not valid YAML: {what}") from None
    finally:
        loader.dispose()


def split_front_matter(text, path):
    """(front matter text, its first line, body text, the body's first line) of a page file."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        raise ContentError(path, 1, "a page file starts with '---' and its front matter")
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() == "---":
            return "".join(lines[1:number]), 2, "".join(lines[number + 1 :]), number + 2
    raise ContentError(path, 1, "the front matter has no closing '---'")


# --- Field types ----------------------------------------------------------------------------
# Each checks a value found at `where` and returns it cleaned; references to keys are noted in
# `refs` and checked once every file has been read.


@dataclass(frozen=True)
class Text:
    required: bool = True
    max_length: int | None = None

    def check(self, value, where, refs):
        if value is None and not self.required:
            return ""
        if not isinstance(value, str) or (self.required and not value.strip()):
            raise where.error("expected text" + (" (put it in quotes)" if value is not None else ""))
        if self.max_length and len(value) > self.max_length:
            raise where.error(f"text is {len(value)} characters long, at most {self.max_length} fit")
        return value


@dataclass(frozen=True)
class Number:
    kind: type = int  # int for whole numbers, float for any
    required: bool = True

    def check(self, value, where, refs):
        if value is None and not self.required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise where.error("expected a number")
        if self.kind is int and not isinstance(value, int):
            raise where.error("expected a whole number")
        return value


@dataclass(frozen=True)
class Flag:
    def check(self, value, where, refs):
        if not isinstance(value, bool):
            raise where.error("expected true or false")
        return value


@dataclass(frozen=True)
class Date:
    def check(self, value, where, refs):
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            raise where.error("expected a date written as YYYY-MM-DD") from None


@dataclass(frozen=True)
class Choice:
    choices: tuple

    def check(self, value, where, refs):
        if value not in self.choices:
            raise where.error(f"'{value}' is not one of: {', '.join(map(str, self.choices))}")
        return value


@dataclass(frozen=True)
class Ref:
    """A key of a record set (`"images"`), of another app's set (`"clubs:equipment"`), of a
    page section (`"page:zasobnik"`) or of another app's page section
    (`"resources:page:zasobnik"`)."""

    target: str

    def check(self, value, where, refs):
        if not isinstance(value, str):
            raise where.error("expected a key")
        refs.append((self.target, value, where))
        return value


@dataclass(frozen=True)
class ListOf:
    item: object
    required: bool = True

    def check(self, value, where, refs):
        if value is None and not self.required:
            return []
        if not isinstance(value, list):
            raise where.error("expected a list, written [a, b] or as lines starting with '- '")
        lines = getattr(value, "lines", None)
        return [
            self.item.check(entry, Where(where.path, lines[index] if lines else where.line), refs)
            for index, entry in enumerate(value)
        ]


@dataclass(frozen=True)
class Struct:
    """A nested mapping with its own fields."""

    fields: dict

    def check(self, value, where, refs):
        if not isinstance(value, dict):
            raise where.error("expected a mapping of fields")
        return check_fields(value, self.fields, refs, where)


@dataclass(frozen=True)
class Translated:
    """Text in several languages, written `{pl: ..., ro: ..., en: ...}`; `languages` are the
    required ones, any other of the portal's languages may be given too."""

    item: object = field(default_factory=Text)
    languages: tuple = LANGUAGE_CODES

    def check(self, value, where, refs):
        if not isinstance(value, dict):
            raise where.error(f"expected the text in each language: {{{', '.join(self.languages)}}}")
        for code in value:
            if code not in LANGUAGE_CODES:
                raise value.where(code).error(f"'{code}' is not one of the languages {', '.join(LANGUAGE_CODES)}")
        missing = [code for code in self.languages if code not in value]
        if missing:
            raise where.error(f"the {', '.join(missing)} version is missing")
        return {code: self.item.check(text, value.where(code), refs) for code, text in value.items()}


def check_fields(data, fields, refs, where, forbidden=None):
    """`data` checked against `fields` ({name: type}; a name ending in '?' is optional).
    `forbidden` maps names that may not appear here to the reason."""
    if not isinstance(data, dict):
        raise where.error("expected a mapping of fields")
    names = {name.rstrip("?"): name.endswith("?") for name in fields}
    for name in data:
        if forbidden and name in forbidden:
            raise data.where(name).error(forbidden[name])
        if name not in names:
            raise data.where(name).error(f"unknown field '{name}' (known: {', '.join(names)})")
    cleaned = {}
    for spec_name, kind in fields.items():
        name, optional = spec_name.rstrip("?"), spec_name.endswith("?")
        if name not in data:
            if not optional:
                raise where.error(f"the field '{name}' is missing")
            continue
        cleaned[name] = kind.check(data[name], data.where(name), refs)
    return cleaned


# --- Records and pages ----------------------------------------------------------------------


class Record(dict):
    """One record of a data file: its checked fields, its key and where it was written."""

    def __init__(self, key, fields, where, position):
        super().__init__(fields)
        self.key, self.where, self.position = key, where, position


@dataclass
class PageFile:
    """One page in one language: front matter fields, the Markdown body and where they are."""

    section: str
    key: str
    language: str
    path: Path
    fields: dict
    lines: dict
    body: str
    body_line: int

    def where(self, name=None):
        return Where(self.path, self.lines.get(name, 1) if name else 1)


@dataclass
class Page:
    """A page in every language it is written in; the first in its section's order of languages
    (pl, ro, en unless the section says otherwise) is its source."""

    section: str
    key: str
    versions: dict  # language code -> PageFile, source first
    facts: dict = field(default_factory=dict)

    @property
    def source(self):
        return next(iter(self.versions.values()))

    @property
    def languages(self):
        return list(self.versions)


@dataclass(frozen=True)
class Section:
    """The pages of one folder: which fields their front matter has.

    `text` fields are written in each language; `facts` only in the source language's file
    (a translation takes them from there). `index_text`/`index_facts` are those of `_index.md`.
    """

    text: dict
    facts: dict = field(default_factory=dict)
    index_text: dict | None = None
    index_facts: dict = field(default_factory=dict)
    body: bool = True
    index_body: bool = False
    # The record set holding the facts of each page (same key), when they are not in the files.
    record: str | None = None
    # The languages in the order that picks a page's source: the first it is written in.
    languages: tuple = LANGUAGE_CODES


class Content:
    """The demo content of one app, read and checked: `records[set][key]` and
    `pages[section][key]` (plus `indexes[section]` for each `_index.md`)."""

    def __init__(self, directory, records, sections, other=None, body_refs=None):
        self.directory = Path(directory)
        self.records = {}
        self.pages = {name: {} for name in sections}
        self.indexes = {}
        self.sections = sections
        self.other = other or {}
        # What the references in bodies name: {"image": "images", "resource": "page:a|page:b"}.
        self.body_refs = body_refs or {}
        refs = []
        for name, fields in records.items():
            self.records[name] = self._read_records(name, fields, refs)
        self._read_pages(sections, refs)
        self._check_refs(refs)

    # records

    def _read_records(self, name, fields, refs):
        path = self.directory / "data" / f"{name}.yaml"
        if not path.exists():
            raise ContentError(path, 0, "the file is missing")
        data = load_yaml(path.read_text(encoding="utf-8"), path)
        if data is None:
            data = LocatedDict()
            data.path, data.line, data.lines = path, 1, {}
        if not isinstance(data, dict):
            raise ContentError(path, 1, "expected records by key: 'key:' followed by its fields")
        records = {}
        for position, (key, value) in enumerate(data.items()):
            where = data.where(key)
            if not isinstance(value, dict):
                raise where.error(f"the record '{key}' has no fields")
            records[key] = Record(key, check_fields(value, fields, refs, where), where, position)
        return records

    # pages

    def _read_pages(self, sections, refs):
        root = self.directory / "pages"
        files = sorted(root.glob("*/*/*.md")) if root.exists() else []
        for path in root.rglob("*") if root.exists() else []:
            if path.is_file() and path not in files and not path.name.startswith("."):
                raise ContentError(path, 0, "not where a page belongs: pages/<language>/<section>/<key>.md")
        found = {}
        for path in files:
            language, section, key = path.parent.parent.name, path.parent.name, path.stem
            if language not in LANGUAGE_CODES:
                raise ContentError(path, 0, f"'{language}' is not one of the languages {', '.join(LANGUAGE_CODES)}")
            if section not in sections:
                raise ContentError(path, 0, f"there is no section '{section}' (known: {', '.join(sections)})")
            found.setdefault((section, key), {})[language] = path
        for (section_name, key), paths in found.items():
            section = sections[section_name]
            is_index = key == INDEX_KEY
            if is_index and section.index_text is None:
                raise ContentError(next(iter(paths.values())), 0, f"the section '{section_name}' has no index page")
            text = section.index_text if is_index else section.text
            facts = section.index_facts if is_index else section.facts
            has_body = section.index_body if is_index else section.body
            versions = {}
            page_facts = {}
            order = section.languages
            for number, language in enumerate(code for code in order if code in paths):
                path = paths[language]
                front, front_line, body, body_line = split_front_matter(path.read_text(encoding="utf-8"), path)
                data = load_yaml(front, path, line_offset=front_line - 1)
                if not isinstance(data, dict):
                    raise ContentError(path, front_line, "the front matter is a list of 'field: value' lines")
                where = Where(path, 1)
                if number == 0:
                    checked = check_fields(data, {**text, **facts}, refs, where)
                    page_facts = {name: checked.pop(name) for name in list(checked) if name in facts or name + "?" in facts}
                else:
                    source = paths[next(code for code in order if code in paths)]
                    reason = f"set in the source language's file ({source.parent.parent.name}/{section_name}/{path.name}) only"
                    forbidden = {name.rstrip("?"): reason for name in facts}
                    checked = check_fields(data, text, refs, where, forbidden=forbidden)
                if not has_body and body.strip():
                    raise ContentError(path, body_line, "this page has no body: leave nothing after the front matter")
                versions[language] = PageFile(
                    section_name, key, language, path, checked, dict(data.lines), body, body_line
                )
                if has_body:
                    self._note_body_refs(versions[language], refs)
            page = Page(section_name, key, versions, page_facts)
            if is_index:
                self.indexes[section_name] = page
            else:
                self.pages[section_name][key] = page
        for section_name, pages in self.pages.items():
            self.pages[section_name] = dict(sorted(pages.items(), key=lambda item: self._order(item[1])))
            record_set = sections[section_name].record
            if record_set:
                self._match_records(section_name, record_set)

    def _match_records(self, section_name, record_set):
        """Each page of the section has its record of facts, and each record its page."""
        records = self.records[record_set]
        for key, page in self.pages[section_name].items():
            if key not in records:
                raise page.source.where().error(f"there is no '{key}' in data/{record_set}.yaml for this page's facts")
        for key, record in records.items():
            if key not in self.pages[section_name]:
                raise record.where.error(f"no page file pages/<language>/{section_name}/{key}.md for '{key}'")

    @staticmethod
    def _order(page):
        return (page.facts.get("position", 0), page.key)

    def _note_body_refs(self, version, refs):
        for kind, key, line in references_in(version.body):
            where = Where(version.path, version.body_line + line)
            if kind not in self.body_refs:
                raise where.error(f"{kind} references are not used in this app's pages")
            refs.append((self.body_refs[kind], key, where))

    # references

    def keys(self, target):
        if "|" in target:
            return set().union(*(self.keys(part) for part in target.split("|")))
        if ":" in target:
            kind, name = target.split(":", 1)
            if kind == "page":
                return set(self.pages.get(name, {}))
            # "app:page:section": the pages of another app's section.
            return self.other[kind].keys(name) if name.startswith("page:") else set(self.other[kind].records[name])
        return set(self.records[target])

    def _check_refs(self, refs):
        for target, key, where in refs:
            if key not in self.keys(target):
                what = " or ".join(part.split(":", 1)[-1] for part in target.split("|"))
                raise where.error(f"there is no '{key}' in {what}")

    def page_versions(self, section):
        return list(self.pages[section].values())
