"""claims: quotes and reported claims in news text, with speakers, attribution chains and
exact character offsets, as schema-validated JSON Lines."""

from .api import extract
from .records import SCHEMA_VERSION, Claim

__all__ = ["extract", "Claim", "SCHEMA_VERSION", "__version__"]
__version__ = "0.1.0"
