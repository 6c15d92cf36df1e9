"""SQLite storage for a workspace: schema, migrations, audit log, backups and queries."""

from .lock import WorkspaceLocked, WorkspaceReadOnly
from .schema import LATEST_VERSION
from .store import DamagedWorkspace, Store, Writer
from .store_errors import ConstraintError, MigrationError, SchemaTooNewError, StoreError

__all__ = ["LATEST_VERSION", "ConstraintError", "DamagedWorkspace", "MigrationError", "SchemaTooNewError", "Store",
           "StoreError", "Writer", "WorkspaceLocked", "WorkspaceReadOnly"]
