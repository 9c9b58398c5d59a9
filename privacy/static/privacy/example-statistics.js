// A stand-in for a statistics script (Matomo, Plausible…), used by the tests and for local trials:
// it sets one first-party cookie with the prefix that the consent settings list for statistics.
document.cookie = "_sib_stats_example=1; path=/; max-age=3600; samesite=lax";
document.documentElement.dataset.statistics = "loaded";
