"""The help center's logic: articles, contact routing, languages.

Nothing here knows about MkDocs: the hooks in ``hooks/`` call these functions, and
so do the writers' command (``scripts/helpcenter.py``) and the tests.
"""
