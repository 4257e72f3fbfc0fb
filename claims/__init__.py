"""claims: quotes and reported claims in news text, with speakers, attribution chains and
exact character offsets, as schema-validated JSON Lines."""

from typing import Any

__all__ = ["extract", "extract_many", "Claim", "SCHEMA_VERSION", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The API is imported when first used, so that `import claims` (and every command that
    does not parse, `claims --help` among them) does not wait for spaCy."""
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    if name in ("Claim", "SCHEMA_VERSION"):
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
