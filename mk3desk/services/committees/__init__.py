"""Committees of a fiscal year and their orders: one module per user action.

:mod:`.read` (the list and one committee for the window), :mod:`.save` (create or
edit a committee with its whole member list), :mod:`.members` (add, remove or change
one member), :mod:`.delete`, :mod:`.working` (the working committee drawn from the
settings) and :mod:`.order_options` (the ครุฑ / emblem image, the verification code).
Every write is audited; an edit based on an older read is refused (the committee's
``version``) with the Thai "changed by someone else" message.
"""
