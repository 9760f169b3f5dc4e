"""The built-in relation rule families; importing this package registers them."""

from extract.rules import (  # noqa: F401
    agreement_counts,
    agreement_lists,
    agreements,
    appositive_posts,
    co_subjects,
    committees,
    fund_roles,
    fund_spending,
    joint_agreements,
    meetings,
    ministry_units,
    money,
    not_mentions,
    party_units,
    positions,
    requested_items,
    requests,
    runs,
    short_forms,
    support_of,
)
