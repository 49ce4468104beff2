"""A status chosen in the editor's table of recommendations is dated in its history, as the
follow-up page records it; the same status again adds nothing."""

from __future__ import annotations

import datetime as dt

from openreport.model import Recommendation, RecommendationStatus
from openreport.ui.models import RecordListModel, action_columns


def test_a_status_chosen_in_the_table_is_dated_in_the_history(qapp):
    recommendation = Recommendation("تفعيل مكاتب التواصل")
    model = RecordListModel(action_columns("التوصية", "توصية جماعتنا"), Recommendation)
    model.set_records([recommendation])
    status = next(i for i, c in enumerate(model.columns) if c.kind == "enum")
    index = model.index(0, status)
    assert model.setData(index, RecommendationStatus.ADOPTED)
    assert recommendation.status is RecommendationStatus.ADOPTED
    (change,) = recommendation.history
    assert (change.date, change.status) == (dt.date.today(), RecommendationStatus.ADOPTED)
    model.setData(index, RecommendationStatus.ADOPTED)  # chosen again: nothing happened
    assert len(recommendation.history) == 1
    model.setData(index, RecommendationStatus.DONE)
    assert [c.status for c in recommendation.history] == [
        RecommendationStatus.ADOPTED,
        RecommendationStatus.DONE,
    ]
