"""Knowledge sessions of a fiscal year (K – Knowledge): one module per user action.

:mod:`.read` (the year's sessions, one session, the sessions serving an indicator),
:mod:`.save` (create or edit a session with its attendees and indicators),
:mod:`.delete`, :mod:`.materials` (attach or remove a file, kept in the evidence
store). Every write needs the ``knowledge.edit`` right and is audited; an edit based
on an older read is refused (the session's ``version``) with the Thai "changed by
someone else" message.
"""
