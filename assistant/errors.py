"""The assistant's error tree. Every surface turns these into one clear message.

    AssistantError
    ├── DocumentError                  a source file cannot be used (names the file and why)
    │   ├── UnreadableDocument         corrupt, truncated, zero-byte, not what its extension says
    │   ├── EncryptedDocument          a password-protected PDF
    │   ├── NoTextLayer                a PDF with no extractable text (scanned images)
    │   ├── UnsupportedFileType        an extension the assistant does not read
    │   ├── DocumentTooLarge           over the configured size limit
    │   ├── SkippedEntry               a corpus entry not read: a link out, a loop, a dangling link, a folder, a bad name
    │   ├── DuplicateDocument          the same bytes as another file (indexed once)
    │   ├── ManifestEntryError         a manifest entry with a field of the wrong type (ignored; the file is still read)
    │   └── NotInManifest              no manifest entry while CSA_REQUIRE_MANIFEST is on (refused, others indexed)
    ├── CorpusError                    the corpus folder is missing or holds no documents
    ├── IndexError_                    problems with the persisted index
    │   ├── IndexMissing               no index where one was expected
    │   ├── IndexStale                 built with other settings, model, schema or corpus
    │   ├── IndexCorrupt               files unreadable or inconsistent
    │   ├── IndexLocked                another process is building the same index
    │   └── IndexUnwritable            the index folder cannot be written (full disk, read-only, not a folder)
    ├── QuestionTooLong                a question over the configured length
    ├── TableQueryError                a table or figure query names what does not exist
    └── ConfigurationError             a bad setting (e.g. an LLM chosen without an endpoint)
"""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """Base of every error the assistant raises on purpose."""


class DocumentError(AssistantError):
    """A source document cannot be used; carries the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(self.path).name}: {reason}")


class UnreadableDocument(DocumentError):
    """Corrupt, truncated, empty, or not the format its extension claims."""


class EncryptedDocument(DocumentError):
    """A password-protected PDF."""


class NoTextLayer(DocumentError):
    """A PDF whose pages carry no extractable text."""


class UnsupportedFileType(DocumentError):
    """A file extension the assistant does not read."""


class DocumentTooLarge(DocumentError):
    """A file over the configured size limit."""


class SkippedEntry(DocumentError):
    """A corpus folder entry that is not read: a link out of the folder, a loop, a dangling link, a folder."""


class DuplicateDocument(DocumentError):
    """A file with the same bytes as another corpus file: the content is indexed once."""


class ManifestEntryError(DocumentError):
    """A manifest entry with a missing or wrongly typed field: the entry is ignored, the file still read."""


class NotInManifest(DocumentError):
    """A document without a manifest entry, refused because the corpus requires one (CSA_REQUIRE_MANIFEST)."""


class CorpusError(AssistantError):
    """The corpus folder is missing or holds no readable documents."""


class IndexError_(AssistantError):
    """Base for problems with the persisted index."""


class IndexMissing(IndexError_):
    """No index exists at the given folder."""


class IndexStale(IndexError_):
    """The index was built with other settings, model, schema or corpus."""


class IndexCorrupt(IndexError_):
    """Index files are unreadable or inconsistent with each other."""


class IndexLocked(IndexError_):
    """Another process holds the build lock for this index."""


class IndexUnwritable(IndexError_):
    """The index folder cannot be written: full disk, read-only folder, or a path that is not a folder."""


class QuestionTooLong(AssistantError):
    """A question longer than the configured maximum (CSA_MAX_QUESTION_CHARS)."""


class TableQueryError(AssistantError):
    """A table or figure query names a table, area or measure that does not exist."""


class ConfigurationError(AssistantError):
    """A setting is invalid or incomplete."""
