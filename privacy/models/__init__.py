from .consent import ConsentRecord, ConsentSettings
from .pages import AccessibilityStatementPage, PolicyPage

__all__ = ["AccessibilityStatementPage", "ConsentRecord", "ConsentSettings", "PolicyPage"]
