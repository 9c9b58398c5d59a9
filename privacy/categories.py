"""The cookie categories, declared once.

Everything else reads this list: the consent settings' fields and admin panels, the consent log's
columns and the consent report, the banner and the cookie settings page, the cookie table's choices,
the signed cookie and the consent form. Adding a category is one entry here (and the migration that
`makemigrations` writes for its fields).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CookieCategory:
    name: str
    label: str
    # Whether new consent settings offer the category before anybody changes them.
    offered_by_default: bool = False

    @property
    def enabled_field(self):
        return f"{self.name}_enabled"

    @property
    def description_field(self):
        return f"{self.name}_description"

    @property
    def scripts_field(self):
        return f"{self.name}_scripts"

    @property
    def prefixes_field(self):
        return f"{self.name}_cookie_prefixes"

    @property
    def technical_fields(self):
        """The fields that decide what runs and what is cleared: never translated or overridden."""
        return (self.enabled_field, self.scripts_field, self.prefixes_field)


# Always on, needs no consent, has no scripts: only a description and a place in the cookie table.
NECESSARY = CookieCategory("necessary", _("Necessary"))

# The categories a visitor chooses, in the order the banner and the report show them.
OPTIONAL_CATEGORIES = (
    CookieCategory("statistics", _("Statistics"), offered_by_default=True),
    CookieCategory("marketing", _("Marketing")),
)

OPTIONAL_NAMES = frozenset(category.name for category in OPTIONAL_CATEGORIES)
LABELS = {category.name: category.label for category in (NECESSARY, *OPTIONAL_CATEGORIES)}
CHOICES = list(LABELS.items())
