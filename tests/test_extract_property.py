"""Property tests: extract never raises and stays bounded on arbitrary text."""

import time
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract import extract
from bot.models import FeedItem, TruceSpec

TRACKED = [TruceSpec("Aleppo", "Asia/Damascus", ("Halab", "Aleppo province")), TruceSpec("Gaza", "Asia/Gaza")]
VOCAB = ["Aleppo", "Gaza", "truce", "ceasefire", "extended", "until", "midnight", "on", "Wednesday", "12:00",
         "(21:01 GMT Monday)", "May 7-8", "24:00", "2400", "by 48 hours", "collapsed", "violated", "from",
         "due to expire", "a.m.", "p.m.", ".", ",", "(", ")", "0700", "Moscow time", "not", "could", "é", "\n"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(VOCAB), max_size=80).map(" ".join))
pubs = st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 1, 1),
                                         timezones=st.just(UTC)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, summary=texts, pub=pubs)
def test_extract_never_raises_and_output_is_well_formed(title, summary, pub):
    item = FeedItem("k", title, summary, published=pub)
    events = extract(item, TRACKED, known_deadlines={"Aleppo": datetime(2016, 5, 9, 21, tzinfo=UTC)})
    assert len(events) <= 6 * len(TRACKED)
    assert len({(e.truce, e.kind) for e in events}) == len(events)
    for e in events:
        assert e.evidence and e.evidence in item.text
        assert e.deadline is None or e.deadline.utcoffset().total_seconds() == 0
        e.to_json()


def test_time_grows_about_linearly_with_length():
    unit = ("The Aleppo truce was extended by 48 hours until midnight on Wednesday (21:00 GMT), "
            "despite shelling that violated the ceasefire from 0700 on May 7-8. ")
    pub = datetime(2016, 5, 9, 12, tzinfo=UTC)

    def cost(n: int) -> float:
        item = FeedItem("k", "", unit * n, published=pub)
        t0 = time.perf_counter()
        extract(item, TRACKED)
        return time.perf_counter() - t0

    cost(5)
    small, big = min(cost(10) for _ in range(3)), min(cost(80) for _ in range(3))
    assert big < small * 8 * 4  # 8x the text, well under quadratic (64x)
