"""Work that travels between offline machines as ``.mk3`` bundles, and its three-way merge.

format/schema: the file and its checks; export: records out of the database (and the
deletions since the last exchange, as tombstones); merge: what a bundle would change
(a plan, plan.py), with history following the state (history); authors: who wrote each
record, and the rights table applied to them on receiving; apply: carrying a plan out.
"""
