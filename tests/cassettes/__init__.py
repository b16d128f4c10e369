"""Cassette tests: every public operation replayed from tests/cassettes (vcrpy)."""
