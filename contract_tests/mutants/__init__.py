"""The gate measures itself: a catalogue of planted bugs in the mock (`catalogue.py`), each a
small source edit applied to a temporary copy of the tree, and a runner (`runner.py`,
`python -m contract_tests.mutants`) that runs the gate against each and writes the kill rate by
family to `reports/mutants.md`."""
