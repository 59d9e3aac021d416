"""Benchmarks for cleanwire (not installed with the package): quality and speed on real data."""
