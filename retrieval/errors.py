"""Errors the library raises for bad input; each message is meant to be shown to a user as is."""


class RetrievalError(Exception):
    """Base class: a clear, one-line problem the caller can show without a traceback."""


class KnowledgeError(RetrievalError):
    """The knowledge folder is missing, empty, or holds a file that cannot be read."""


class InvalidQuestionError(RetrievalError, ValueError):
    """The question is empty or blank."""
