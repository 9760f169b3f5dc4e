"""The built-in relation rule families; importing this package registers them."""

from extract.rules import agreements, money, positions, requests, runs  # noqa: F401
from extract.rules import agreement_lists, co_subjects, fund_roles, not_mentions, short_forms  # noqa: F401
