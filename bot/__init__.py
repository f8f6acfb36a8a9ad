"""Wegwijs: a multilingual guide for asylum seekers in the Netherlands."""

__version__ = "0.1.0"
