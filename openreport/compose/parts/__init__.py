"""The building blocks of a report, each a function ``part(ctx)`` that a kind lists in order.

front: letterhead, place and date, title block, introduction, overview; people: delegation,
attendance; programme: days, sessions and the item writers (items, workshops); closing: the
end of the event, remarks, decisions, next steps, conclusion, signature, annexes.
"""
