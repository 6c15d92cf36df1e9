"""SQLite storage for a workspace: schema, migrations, audit log and queries."""

from .errors import ConstraintError, MigrationError, SchemaTooNewError, StoreError
from .schema import LATEST_VERSION
from .store import Store, Writer

__all__ = ["LATEST_VERSION", "ConstraintError", "MigrationError", "SchemaTooNewError", "Store", "StoreError", "Writer"]
