"""Excel file formats: safe opening, reading, writing, sheet specs, row problems.

openpyxl and plain data only: this package imports neither ``mk3desk.db``,
SQLAlchemy nor ``mk3desk.services``. What an import does against the database
is ``mk3desk.services.excel``.
"""
