"""Dialogs for changing the ledger, wallets and an IMF arrangement, and for importing files: one module each,
and the form parts they share in ``forms``. A refused entry keeps the dialog open with the reason, naming the
field."""
