"""Work that travels between offline machines as ``.mk3`` bundles, and its three-way merge.

format/schema: the file and its checks; export: records out of the database;
merge: what a bundle would change (a plan); apply: carrying a plan out.
"""
