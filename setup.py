"""Optional compiled build: ``NEWSCLEAN_MYPYC=1`` compiles the hot modules with mypyc.

The default build (and every editable install) is pure Python: a compiled module would
shadow its source, so an edit would not take effect until the next build. The compiled
build is for running, not developing: see README "A compiled build".
"""

import os
import sys

from setuptools import setup

# The modules every page goes through; the batch, command and I/O modules stay Python.
COMPILED = [
    "assemble", "author_cues", "authors", "blocks", "body_run", "boxes", "classify", "code_blocks", "comments", "copies",
    "dates", "features", "html_dates", "html_hints", "html_meta", "late_byline", "markup", "metadata", "revise",
    "revise_html", "scores", "segment", "segment_html", "textcache", "title", "rules/gate",
]

ext_modules = []
if os.environ.get("NEWSCLEAN_MYPYC") == "1":
    from mypyc.build import mypycify

    version = f"--python-version={sys.version_info.major}.{sys.version_info.minor}"
    ext_modules = mypycify([version, *(f"newsclean/{m}.py" for m in COMPILED)], opt_level="3")

setup(ext_modules=ext_modules)
