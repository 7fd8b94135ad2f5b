"""State history in a merge: the sender's moves follow the sender's state.

A state-history row (a transition) says "moved from A to B". Added beside a state this
side did not adopt, it would show moves the state does not reflect; so the moves are
decided together with the state record of their indicator (follow_state).
"""

from __future__ import annotations

from dataclasses import replace

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.sync.plan import FieldDiff, MergeItem, Outcome
from mk3desk.sync.schema import RecordKind, record_key
from mk3desk.sync.texts import KIND_TITLES, move_text


def follow_state(items: list[MergeItem]) -> list[MergeItem]:
    """The sender's state moves that are not here, added only with the sender's state.

    A bundle carries an indicator's whole history; the moves missing here were made on
    the sender's side (or declined here before). They lead to the sender's state, so:

    * this side takes the sender's state (ADDED, TAKEN), or already has the same
      (UNCHANGED, equal) → the moves are added;
    * the states are in conflict → the moves come only with "theirs" (WITH_THEIRS);
      keeping "mine" adds none of them;
    * this side keeps another state (UNCHANGED: it changed it alone, or kept it in an
      earlier merge) → none is added, and since that was decided before, nothing is
      shown: replaying the bundle finds nothing to do;
    * the state is refused here (a locked indicator) or not in the bundle → the moves
      are refused with a reason.

    The moves stay in the sender's history, which every bundle carries in full: if this
    side takes the sender's state later, they arrive with it then. This side's own moves
    always stay: they happened here, and the history is also the audit of who moved what.
    """
    states = {i.key: i for i in items if i.kind is RecordKind.STATE}
    moves: dict[str, list[MergeItem]] = {}
    out = []
    for item in items:
        if item.kind is not RecordKind.TRANSITION or item.outcome is not Outcome.ADDED:
            out.append(item)
            continue
        state = states.get(record_key(RecordKind.STATE, item.record.ref, {}))
        if state is not None and (
            state.outcome in (Outcome.ADDED, Outcome.TAKEN)
            or (state.outcome is Outcome.UNCHANGED and state.mine == state.record.data)
        ):
            out.append(item)
        elif state is not None and state.outcome is Outcome.CONFLICT:
            moves.setdefault(state.id, []).append(item)
            out.append(replace(item, outcome=Outcome.WITH_THEIRS, follows=state.id))
        elif state is not None and state.outcome is Outcome.UNCHANGED:
            out.append(replace(item, outcome=Outcome.UNCHANGED, diffs=()))
        else:
            reason = QT_TRANSLATE_NOOP(
                "Bundle", "ไม่เพิ่มประวัตินี้ เพราะสถานะของตัวชี้วัดในเครื่องนี้ไม่ได้เปลี่ยนตามที่ส่งมา"
            )
            out.append(replace(item, outcome=Outcome.REFUSED, reason=reason))
    # Each state conflict shows the moves its "theirs" brings, beside the states.
    for index, item in enumerate(out):
        brought = moves.get(item.id)
        if brought:
            row = FieldDiff(
                "history",
                KIND_TITLES[RecordKind.TRANSITION],
                "—",
                "\n".join(move_text(m.record.data) for m in brought),
            )
            note = QT_TRANSLATE_NOOP(
                "Bundle",
                "“ใช้ฉบับที่ส่งมา” จะเพิ่มประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะนั้น {count} รายการด้วย; "
                "“ใช้ฉบับของเครื่องนี้” จะไม่เพิ่ม",
            ).format(count=len(brought))
            out[index] = replace(item, diffs=(*item.diffs, row), note=note)
    return out
