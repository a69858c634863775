"""Bring the start of a new answer into view (not the bottom of its last source)."""

from __future__ import annotations

import json

import streamlit as st


def scroll_script(css_class: str) -> str:
    """A script for a zero-height same-origin frame: scroll the parent page so the element with this class
    starts at the top of the view; repeated briefly while charts and tables lay out, and stopped as soon as
    the reader scrolls. Makes no request."""
    target = json.dumps("." + css_class)
    return f"""<script>
(function () {{
  const doc = window.parent.document;
  let tries = 0, stop = false;
  const halt = () => {{ stop = true; }};
  ["wheel", "touchstart", "keydown"].forEach(e => doc.addEventListener(e, halt, {{once: true, passive: true}}));
  function go() {{
    if (stop) return;
    const found = doc.querySelector({target});
    const el = found && (found.closest('[data-testid="stChatMessage"]') || found);
    if (el) el.scrollIntoView({{block: "start", behavior: "instant"}});
    if (++tries < 30) setTimeout(go, 100);
  }}
  go();
}})();
</script>"""


def scroll_to_answer(key: str) -> None:
    """Scroll to the answer container keyed `{key}-answer` (see render_answer)."""
    st.iframe(scroll_script(f"st-key-{key}-answer"), height=1)
