"""What Django's Arabic formats leave out; everything else comes from django/conf/locale/ar/formats.py.

Without these, Arabic amounts have no thousands separator (NUMBER_GROUPING defaults to 0) and dates
with a time fall back to the English "N j, Y, P".
"""

NUMBER_GROUPING = 3
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y g:i A"
