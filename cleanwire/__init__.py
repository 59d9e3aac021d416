"""cleanwire: turn text scraped from news pages into clean article text.

>>> import cleanwire
>>> cleanwire.clean("Mayor Ines Varga met [officials](https://example.org) in Tampere.")
'Mayor Ines Varga met officials in Tampere.'
"""

from .api import Cleaner, clean, clean_and_explain
from .config import Config
from .context import Context
from .document import Document, Line, segment
from .errors import RuleError, UnknownOptionError, UnknownRuleError
from .explain import format_trace
from .registry import Registry, RuleInfo, default_registry
from .result import Result
from .rule import Drop, Edit, Record, Rule, rule
from .trace import apply_records

__version__ = "0.1.0"

__all__ = [
    "Cleaner",
    "Config",
    "Context",
    "Document",
    "Drop",
    "Edit",
    "Line",
    "Record",
    "Registry",
    "Result",
    "Rule",
    "RuleError",
    "RuleInfo",
    "UnknownOptionError",
    "UnknownRuleError",
    "__version__",
    "apply_records",
    "clean",
    "clean_and_explain",
    "default_registry",
    "format_trace",
    "rule",
    "segment",
]
