"""The root of OpenReport's expected failures: each carries a one-line Arabic message."""


class UserError(Exception):
    """A failure the user can act on (bad file, full disk, …); ``str()`` is Arabic."""
