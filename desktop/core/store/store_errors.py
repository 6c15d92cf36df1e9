"""Errors the store raises; each message is meant to be shown to the user as it is."""

from ..errors import UserError


class StoreError(UserError):
    """A workspace cannot be opened or written."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer version of Reserve Desk."""


class MigrationError(StoreError):
    """A schema migration failed; the file was restored from its backup."""


class ConstraintError(StoreError):
    """A row broke a rule of the schema (a CHECK, UNIQUE, NOT NULL or foreign key)."""
