"""OpenReport: guided Arabic reports of a Moroccan commune's participation in events."""

__version__ = "0.1.0"
