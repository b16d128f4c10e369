"""hamsa: the Python SDK for Hamsa's voice-agent API."""

# In a source checkout the generated half of the package (hamsa.v1, hamsa.v2) lives in
# generated/hamsa; in a wheel both halves sit in one directory and this is a no-op.
from pkgutil import extend_path

__path__ = extend_path(__path__, __name__)
