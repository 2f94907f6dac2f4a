"""The PracSuite contract suite: schemathesis over the spec plus named domain checks, against the
embedded mock, the mock over HTTP, or the live API (`python -m contract_tests --target …`)."""

from contract_tests.api import Api
from contract_tests.targets import TARGETS, Settings

__all__ = ["TARGETS", "Api", "Settings"]
