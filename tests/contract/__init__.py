"""Contract tests: the SDK's requests validated by Prism against spec/."""
