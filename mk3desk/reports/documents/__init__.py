"""The Thai documents an office prints and signs, one module per kind.

:mod:`.registry` lists the kinds (key, Thai title, builder); :mod:`.common`
holds what they share (the data of one fiscal year, numerals, dates, signers,
headings, page bookkeeping). Builders return a story of flowables; writing the
PDF is :func:`mk3desk.services.reports.generate`'s job.
"""
