"""The built-in relation rule families; importing this package registers them."""

from extract.rules import (  # noqa: F401
    agreement_lists,
    agreements,
    co_subjects,
    fund_roles,
    fund_spending,
    joint_agreements,
    money,
    not_mentions,
    party_units,
    positions,
    requests,
    runs,
    short_forms,
)
