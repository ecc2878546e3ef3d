"""An article's language, detected offline (py3langid), and whether the model in use reads it.

kg extracts with one spaCy pipeline, of one language: an article in another language is reported
and skipped, never parsed silently with the wrong model. Detection reads the title, the excerpt and
the start of the body; on texts too short for it to be reliable (`ontology/ingest.yaml` `language`)
the article is read.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article
from kg.resources import load_yaml

MULTILINGUAL = "xx"
"""spaCy's code for a pipeline of many languages: it reads every article."""


@functools.cache
def _settings() -> dict[str, Any]:
    return dict(load_yaml("ingest.yaml")["language"])


def load_identifier_in_background() -> None:
    """Start loading py3langid's model in a thread, so that it loads while spaCy's model does.

    Most of its load (0.4-1.0 s) is LZMA decompression and writing a temporary file, which release
    the GIL: on a free core most of it then costs a build no time. py3langid is imported here, in
    the calling thread, so that the thread only reads and decompresses while spaCy is imported.
    The identifier is the same whichever thread loads it: `detect_language` waits for the load when
    it needs the model first, and a load that failed is done again there (and raises there).
    """
    if _loaded_identifier.cache_info().currsize:
        return
    import py3langid.langid  # noqa: F401  (imported before the thread starts: see above)

    threading.Thread(target=_identifier, name="kg-language-identifier", daemon=True).start()


_IDENTIFIER_LOCK = threading.Lock()


def _identifier() -> Any:
    """py3langid's identifier, loaded once per process by the first thread that asks (the others wait)."""
    with _IDENTIFIER_LOCK:
        return _loaded_identifier()


@functools.cache
def _loaded_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(article: Article) -> str | None:
    """The ISO 639-1 code of the article's language, or None when its text is too short to tell.

    >>> from kg.ingest import Article
    >>> text = "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. " * 5
    >>> detect_language(Article("a", "Neues Gesetz", None, text, None, None, None))
    'de'
    """
    settings = _settings()
    text = " ".join(part for _, part in article.texts)[: settings["sample_chars"]]
    if len(text.strip()) < settings["min_chars"]:
        return None
    language, probability = _identifier().classify(text)
    return str(language) if probability >= settings["min_probability"] else None


def check_language(article: Article, model_language: str, model_language_name: str) -> None:
    """Raise InputError when the article is in another language than the model's.

    `model_language` is the pipeline's code (`nlp.lang`, "en"), `model_language_name` its name
    ("English"), for the message.
    """
    if model_language == MULTILINGUAL:
        return
    language = detect_language(article)
    if language is not None and language != model_language:
        raise InputError(
            article.source_path,
            f"language {language}, not {model_language_name} (pass --model with a {language} pipeline to read it)",
        )
