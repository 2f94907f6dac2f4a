"""A client library for accessing PracSuite API"""

from .client import AuthenticatedClient, Client
from .errors import PracSuiteError

#: The spec's info.version as three numbers, then the build number (scripts/generate_client.py).
__version__ = "1.0.0.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "PracSuiteError",
    "__version__",
)
