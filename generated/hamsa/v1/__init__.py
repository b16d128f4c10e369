"""Typed client for the Hamsa API v1, generated from spec/v1.yaml. Do not edit."""

from .client import AsyncClient, Client

__all__ = ("AsyncClient", "Client")
