"""The contract suite's pytest modules (run by `python -m contract_tests`)."""
