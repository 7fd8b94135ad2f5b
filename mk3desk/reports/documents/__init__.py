"""The Thai documents an office prints and signs, one module per kind.

:mod:`.registry` lists the kinds (key, Thai title, builder); :mod:`.data` holds
the plain frozen values they print (gathered from the database by
``services.documents``); :mod:`.common` what they share (numerals, dates,
signers, headings, page bookkeeping); :mod:`.layout` lays a document out and
writes the PDF. ``services.reports.generate`` is the one entry that does both.
"""
