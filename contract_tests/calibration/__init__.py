"""Calibration: record what an API answered, replay it against the mock, say who moved.

`recording` writes and reads a recording (one exchange per JSON line, never a key);
`pseudonyms` pseudonymises personal fields for a recording to be shared; `replay` sends the
recorded requests again; `compare` finds the differences by category and `attribution` says, for
each, whether the mock, the live API or neither disagrees with the spec; `accepted` reads
`openapi/calibration.yaml`; `report` writes `calibration.md` and `calibration.json`; `cli` is
`python -m contract_tests calibrate`.
"""
