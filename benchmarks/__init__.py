"""Benchmarks of the toolkit: mock vs Prism, availability scaling, gate time, client overhead and
generation time. Run `python -m benchmarks` (see `__main__`); results in `benchmarks/results/`."""
