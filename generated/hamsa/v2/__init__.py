"""Typed client for the Hamsa API v2, generated from spec/v2.yaml. Do not edit."""

from .client import AsyncClient, Client

__all__ = ("AsyncClient", "Client")
