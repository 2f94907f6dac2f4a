"""Loaded by the schemathesis command line in the fuzz campaign (`SCHEMATHESIS_HOOKS`): the
spec's own formats get the same strategies as in the suite."""

from contract_tests.schemathesis_setup import register_formats

register_formats()
