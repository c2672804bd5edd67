"""The help center's logic: articles, contact routing, languages.

Nothing here knows about MkDocs except ``helpcenter.mkdocs_plugin`` (the MkDocs plugin, the
preview and the build runner), which calls these functions, as do the writers' command
(``helpcenter``, helpcenter/cli.py) and the tests.
"""
