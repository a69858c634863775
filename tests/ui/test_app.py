"""The Streamlit app through streamlit.testing.v1.AppTest, against a real index of the bundled corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from assistant.types import Figure
from app_driver import ask, start, unescape


Q1 = "which wards in Lichfield have high car key burglary"
Q2 = "and in Tamworth?"


def texts(block) -> str:
    """Every markdown, caption and alert text inside a block, joined."""
    parts = [m.value for m in block.markdown] + [c.value for c in block.caption]
    parts += [w.value for w in block.warning] + [i.value for i in block.info]
    return unescape("\n".join(parts))


def turns(at: AppTest):
    return at.session_state["chat"].turns


def assistant_messages(at: AppTest):
    return [m for m in at.chat_message if m.name == "assistant"]


def test_start_page_offers_examples_and_filters(app_env):
    at = start()
    assert at.title[0].value == "Ask the community safety documents"
    examples = [b.label for b in at.button if (b.key or "").startswith("example-")]
    assert len(examples) >= 3, "example questions are offered"
    partnerships = ("Lichfield", "Tamworth", "Cannock Chase", "Stafford")
    assert all(any(p in q for p in partnerships) for q in examples), "examples name the corpus's partnerships"
    labels = [m.label for m in at.sidebar.multiselect]
    assert labels == ["Partnership", "Period", "Document kind"]
    assert "Tamworth" in at.sidebar.multiselect[0].options
    assert not at.sidebar.toggle, "no language-model toggle when none is configured"
    at.button(key="example-0").click().run()
    assert [t.question for t in turns(at)] == [examples[0]] and turns(at)[0].answer.citations


def test_two_turn_conversation_with_sources(app_env):
    at = ask(start(), Q1)
    first = assistant_messages(at)
    assert len(first) == 1
    body = texts(first[0])
    assert "Shenstone" in body and "Bourne Vale" in body
    assert "**Sources**" in body
    answer = turns(at)[0].answer
    assert answer.status == "answered" and answer.citations
    for c in answer.citations:
        assert c.title.split(":")[0] in body, "each source names its document"
        assert c.partnership in body and c.period in body
    assert ":orange-background[" in body, "cited sentences are highlighted"
    assert [e.label for e in first[0].expander].count("Open the full section") == len(answer.citations)
    assert any(b.label.startswith("Download answer") for b in first[0].download_button)

    ask(at, Q2)
    messages = assistant_messages(at)
    assert len(messages) == 2, "the first turn is still on the page"
    assert [m.name for m in at.chat_message] == ["user", "assistant", "user", "assistant"]
    second = turns(at)[1]
    assert second.question == Q2 and second.answer.status == "answered"
    assert second.answer.citations and "**Sources**" in texts(messages[1])
    assert not any(b.label == Q1 for b in at.button), "examples go once the conversation starts"


def test_new_conversation_clears_it(app_env):
    at = ask(start(), Q1)
    assert len(turns(at)) == 1
    at.sidebar.button(key="new_conversation").click().run()
    assert turns(at) == [] and not at.chat_message


def test_figures_render_as_table_chart_and_csv(app_env):
    at = ask(start(), Q1)
    answer = turns(at)[0].answer
    if not answer.figures:  # until the answer engine supplies figures, give the page some to draw
        figures = (
            Figure("Ward A burglary rate", "Ward A", "ward", "residential burglary", "2018-19", 12.2, "per 1,000", citations=(1,)),
            Figure("Ward B burglary rate", "Ward B", "ward", "residential burglary", "2018-19", 9.8, "per 1,000", citations=(1,)),
            Figure("Force burglary rate", "Staffordshire Police", "force", "residential burglary", "2018-19", 3.3,
                   "per 1,000", citations=(1,)),
            Figure("Ward A vs force", "Ward A", "ward", "burglary ratio", "2018-19", 3.7, "ratio", computed=True,
                   formula="12.2 / 3.3", citations=(1,)),
        )
        turns(at)[0].answer = replace(answer, figures=figures)
        at.run()
    answer = turns(at)[0].answer
    message = assistant_messages(at)[0]
    assert "**Figures**" in texts(message)
    table = message.dataframe[0].value
    from ui.components.figures import unique_figures

    assert len(table) == len(unique_figures(answer.figures)), "each figure once (the force rate is not repeated)"
    assert {"Value", "Unit", "Period", "How obtained"} <= set(table.columns)
    for f in answer.figures:
        if f.computed and f.formula:
            assert f"computed: {f.formula}" in set(table["How obtained"])
    charts = message.get("vega_lite_chart")
    assert charts, "a bar chart compares the areas"
    assert "per 1,000" in charts[0].proto.spec, "the chart is of the rates, not the computed ratio"
    assert any(b.label == "Download the figures (CSV)" for b in message.download_button)


def test_insufficient_evidence_says_what_the_corpus_holds(app_env):
    at = ask(start(), "what is the weather in Paris tomorrow?")
    answer = turns(at)[0].answer
    assert answer.status == "insufficient_evidence"
    message = assistant_messages(at)[0]
    assert message.warning and "Not found in the documents" in message.warning[0].value
    cover = [e for e in message.expander if e.label == "What the documents cover"]
    assert cover and "Tamworth" in unescape("\n".join(m.value for m in cover[0].markdown))
    assert "**Sources**" not in texts(message)


def test_partnership_filter_narrows_the_sources(app_env):
    at = start()
    at.sidebar.multiselect(key="filter_partnerships").set_value(["Tamworth"]).run()
    ask(at, Q1)
    turn = turns(at)[0]
    assert turn.filters is not None and turn.filters.partnerships == ("Tamworth",)
    assert turn.answer.citations, "Tamworth documents still answer about burglary"
    assert {c.partnership for c in turn.answer.citations} == {"Tamworth"}
    captions = [unescape(c.value) for c in assistant_messages(at)[0].caption]
    assert all(c.startswith("Tamworth") for c in captions if " · " in c and "page" in c)
    assert any("Searched only: Tamworth" in unescape(c.value) for c in at.chat_message[0].caption)


def test_full_section_opens_on_click(app_env):
    at = ask(start(), Q1)
    c = turns(at)[0].answer.citations[0]
    chat = at.session_state["chat"]
    at.session_state[f"{chat.key(0)}-section-{c.n}"] = True  # what clicking the expander does
    at.run()
    opened = [e for e in assistant_messages(at)[0].expander if e.label == "Open the full section"][0]
    shown = unescape("\n".join(m.value for m in opened.markdown))
    assert len(shown) > len(c.text) / 2 and ":orange-background[" in shown


def test_corpus_page_lists_documents_and_tables(app_env):
    at = start("views/corpus.py")
    docs = at.dataframe[0].value
    assert len(docs) == 5 and {"Title", "Partnership", "Period", "Produced by", "File"} <= set(docs.columns)
    assert "Tamworth" in set(docs["Partnership"])
    if at.selectbox:  # the tables engine has built tables: one is shown with a CSV download
        assert len(at.dataframe) >= 2
        assert any(b.label == "Download this table (CSV)" for b in at.download_button)
    else:
        assert any("no extracted tables" in i.value for i in at.info)


def test_upload_good_and_bad_files(own_copy, monkeypatch):
    corpus, index = own_copy
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    before = sorted(p.name for p in corpus.iterdir())
    uploads = index / "uploads"
    at = start("views/corpus.py")
    good = ("Rugeley Community Safety Review 2024\n\nBurglary\n\nThe Rugeley review found that shed burglary "
            "rose sharply in the northern estates during the winter of 2023-24.\n").encode()
    uploader = at.file_uploader[0]
    uploader.upload("../Rugeley review.txt", good, "text/plain")
    uploader.upload("broken.pdf", b"%PDF-1.4 this is not really a pdf", "application/pdf")
    at.run()
    at.button(key="add_uploads").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert any("Rugeley review.txt" in unescape(s.value) and "Rugeley_review.txt" in unescape(s.value)
               for s in at.success)
    assert any("broken.pdf" in unescape(e.value) for e in at.error), [e.value for e in at.error]
    assert len(at.dataframe[0].value) == 6, "the documents list already includes the new one"
    assert not at.file_uploader[0].value, "the uploader is emptied so the same files are not added twice"
    assert sorted(p.name for p in corpus.iterdir()) == before, "the corpus folder is never written to"
    kept = sorted(p.name for p in uploads.iterdir() if not p.name.startswith("."))
    assert kept == ["Rugeley_review.txt"], "the good file is kept in the uploads folder, the bad one removed"
    assert not (corpus.parent / "Rugeley review.txt").exists()
    at.switch_page("views/status.py").run()
    assert {m.label: m.value for m in at.metric}["Documents"] == "6", "the corpus page and index status agree"
    at.switch_page("views/chat.py").run()
    ask(at, "shed burglary in Rugeley northern estates")
    answer = turns(at)[0].answer
    assert any(c.source == "Rugeley_review.txt" for c in answer.citations)


def test_status_page_and_rebuild(own_copy, monkeypatch):
    corpus, index = own_copy
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    at = start("views/status.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Documents"] == "5" and int(metrics["Passages (chunks)"]) > 0 and "Tables" in metrics
    assert "all-MiniLM-L6-v2" in unescape("\n".join(m.value for m in at.markdown))
    at.button(key="rebuild").click().run(timeout=300)
    assert not at.exception and not at.error
    assert "indexed 5 document(s)" in at.session_state["last_build"]


@pytest.mark.parametrize("provider", ["openai"])
def test_language_model_toggle_only_when_configured(app_env, monkeypatch, provider, tmp_path):
    corpus, index = app_env
    monkeypatch.setenv("CSA_LLM_PROVIDER", provider)
    monkeypatch.setenv("CSA_LLM_MODEL", "local-model")
    # Another index folder path gives another cached Assistant, built with these settings.
    link = tmp_path / "index-link"
    link.symlink_to(index, target_is_directory=True)
    monkeypatch.setenv("CSA_INDEX_DIR", str(link))
    at = start()
    assert at.sidebar.toggle and "local-model" in at.sidebar.toggle[0].label


def test_model_fallback_and_verifier_notes_are_explained(app_env):
    at = ask(start(), Q1)
    answer = turns(at)[0].answer
    turns(at)[0].answer = replace(answer, notes=(
        "language model answer failed verification (number 7 is not in a cited source); extractive answer shown",))
    at.run()
    infos = [i.value for i in assistant_messages(at)[0].info]
    assert any("quoted directly from the sources" in i for i in infos)
    details = [e for e in assistant_messages(at)[0].expander if e.label == "Details of the checks"]
    assert details and "failed verification" in unescape(details[0].caption[0].value)


def test_missing_index_offers_a_build(built, tmp_path, monkeypatch):
    corpus, index = built
    empty = tmp_path / "index"
    (empty / "cache").mkdir(parents=True)
    for f in (index / "cache").iterdir():  # reuse the session's embeddings: the build then embeds nothing
        (empty / "cache" / f.name).write_bytes(f.read_bytes())
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(empty))
    at = start()
    assert any("no index yet" in w.value for w in at.warning)
    assert not at.chat_input, "nothing to ask until there is an index"
    at.button(key="build-from-error").click().run(timeout=300)
    assert not at.exception and not at.warning
    ask(at, Q1)
    assert turns(at)[0].answer.citations
