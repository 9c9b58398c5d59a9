"""The calculator's sums: the student's choices read from GET parameters, totals in złoty and
approximate euro and dollar amounts at the page's rates.

Choices are item kinds (`housing`, repeated `item`) and the months of the stay (`months`); a value
the page does not offer is named in a message and replaced by the default, so a mistyped or
tampered link still shows a budget (never a 500).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext

from core.params import int_param, text_param

MONTHS = 12
# More `item` values than there are kinds of items are junk; they are not all read.
MAX_VALUES = 20


def convert(amount, rate):
    """`amount` złoty in a currency worth `rate` złoty, to the whole unit."""
    return int((Decimal(amount) / rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Range:
    def __init__(self, low, high):
        self.low, self.high = low, high

    def __mul__(self, factor):
        return Range(self.low * factor, self.high * factor)

    def __eq__(self, other):
        return (self.low, self.high) == (other.low, other.high)

    def __repr__(self):
        return f"Range({self.low}, {self.high})"

    def at(self, rate):
        return Range(convert(self.low, rate), convert(self.high, rate))


class Budget:
    def __init__(self, page, params):
        self.page = page
        self.messages = []
        items = list(page.price_items.all())
        self.housing_options = [item for item in items if item.is_housing]
        self.extras = [item for item in items if not item.is_housing]
        # A sent form always carries `months`; a link with only a housing counts every other item.
        self.submitted = "item" in params or "months" in params
        self.months = self.months_param(params.get("months"))
        self.housing = self.housing_param(params.get("housing"))
        self.chosen_extras = self.extras_param(params.getlist("item")[:MAX_VALUES])
        self.lines = [item for item in items if item is self.housing or item in self.chosen_extras]
        self.monthly = Range(sum(item.low for item in self.lines), sum(item.top for item in self.lines))
        self.yearly = self.monthly * self.months

    def months_param(self, raw):
        if raw is None or raw == "":
            return MONTHS
        months = int_param(raw.strip(), 1, MONTHS)
        if months is None:
            self.messages.append(
                gettext("“%(value)s” is not a number of months from 1 to 12: the budget counts 12 months.")
                % {"value": text_param(raw, 20)}
            )
            return MONTHS
        return months

    def housing_param(self, raw):
        value = text_param(raw, 100)
        chosen = next((item for item in self.housing_options if item.kind == value), None)
        if value and chosen is None:
            self.messages.append(
                gettext("The calculator has no housing “%(value)s”: it counts the first kind of housing.")
                % {"value": value}
            )
        return chosen or next(iter(self.housing_options), None)

    def extras_param(self, values):
        if not self.submitted:
            return list(self.extras)
        chosen = []
        for raw in values:
            value = text_param(raw, 100)
            item = next((item for item in self.extras if item.kind == value), None)
            if item is None:
                self.messages.append(
                    gettext("The calculator has no item “%(value)s”: it is left out.") % {"value": value}
                )
            elif item not in chosen:
                chosen.append(item)
        return chosen

    def in_currencies(self):
        """(currency code, monthly range, yearly range) in euro and dollars."""
        return [
            (code, self.monthly.at(rate), self.yearly.at(rate))
            for code, rate in (("EUR", self.page.eur_rate), ("USD", self.page.usd_rate))
        ]
