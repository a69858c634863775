"""Streamlit entry point: `csa ui` runs `streamlit run ui/app.py` with CSA_CORPUS_DIR and CSA_INDEX_DIR set."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so pages import `ui.*` and `assistant.*` however Streamlit was started
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

HERE = Path(__file__).resolve().parent

def _icon():
    """A small shield drawn here: a :material/ icon or an emoji makes the browser fetch it from the internet."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    ImageDraw.Draw(img).polygon([(16, 2), (29, 7), (27, 20), (16, 30), (5, 20), (3, 7)], fill=(47, 111, 176, 255))
    return img


st.set_page_config(page_title="Community safety assistant", page_icon=_icon(), layout="wide")
page = st.navigation([
    st.Page(HERE / "views" / "chat.py", title="Chat", icon=":material/forum:", default=True),
    st.Page(HERE / "views" / "compare.py", title="Compare", icon=":material/compare_arrows:"),
    st.Page(HERE / "views" / "corpus.py", title="Corpus & tables", icon=":material/library_books:"),
    st.Page(HERE / "views" / "status.py", title="Index status", icon=":material/monitoring:"),
])
page.run()
