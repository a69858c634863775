"""`csa tables`: list the extracted tables, show one, export them all. Attach with make_tables_group()."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from assistant.errors import AssistantError
from assistant.tables.store import TableStore
from assistant.types import PAGE_INFERRED_NOTE

StoreLoader = Callable[[click.Context], TableStore]


def load_from_index(ctx: click.Context) -> TableStore:
    """The store persisted in the index (option --index, default: the bundled index/): in the folder itself,
    its tables/ subfolder, or the tables/ of the snapshot its CURRENT file names."""
    from assistant.retrieval.store import CURRENT, current_snapshot
    from assistant.settings import DEFAULT_INDEX

    index, c = None, ctx
    while c is not None and index is None:  # the nearest --index given, on this command or a parent
        index, c = c.params.get("index"), c.parent
    index = Path(index or DEFAULT_INDEX)
    candidates = [index, index / "tables"]
    if (index / CURRENT).exists():
        # an index of snapshots: its current one, through the same checks as every load (pointer, completeness)
        try:
            candidates.append(current_snapshot(index) / "tables")
        except AssistantError as exc:
            raise click.ClickException(str(exc)) from None
    for d in candidates:
        if (d / "tables_meta.json").exists():
            return TableStore.load(d)
    return TableStore.load(index)  # raises IndexMissing with the reason


def make_tables_group(get_store: StoreLoader = load_from_index) -> click.Group:
    """The `tables` command group, reading its store through get_store."""

    def store_of(ctx: click.Context) -> TableStore:
        root = ctx.find_root()
        cache = root.meta.setdefault("tables.store", {})
        if "store" not in cache:
            try:
                cache["store"] = get_store(ctx)
            except AssistantError as exc:
                raise click.ClickException(str(exc)) from None
        return cache["store"]

    @click.group(name="tables", invoke_without_command=True)
    @click.option("--index", "index", type=click.Path(file_okay=False), default=None, help="Index folder holding the tables.")
    @click.option("--corpus", "corpus", type=click.Path(file_okay=False), default=None,
                  help="Corpus folder the index is built from (default: the bundled corpus/).")
    @click.option("--kind", default=None, help="Only tables of this kind (ward_rates, comparator, card, ...).")
    @click.option("--doc", "doc_id", default=None, help="Only tables of this document id.")
    @click.pass_context
    def tables(ctx: click.Context, index: str | None, corpus: str | None, kind: str | None, doc_id: str | None) -> None:
        """List the extracted tables (id, document, title, shape)."""
        if ctx.invoked_subcommand is not None:
            return
        listing = store_of(ctx).list_tables(kind=kind, doc_id=doc_id)
        for r in listing.itertuples(index=False):
            click.echo(f"{r.id}\t{r.doc_id}\t{r.title}\t{r.n_rows}x{r.n_cols}")
        click.echo(f"{len(listing)} tables", err=True)

    def where_options(f):
        """--corpus and --index on each subcommand too, so they may follow the subcommand's name."""
        f = click.option("--index", "index", type=click.Path(file_okay=False), default=None,
                         help="Index folder holding the tables.")(f)
        return click.option("--corpus", "corpus", type=click.Path(file_okay=False), default=None,
                            help="Corpus folder (the index is built from it when there is none).")(f)

    @tables.command("show")
    @click.argument("table_id")
    @where_options
    @click.option("--csv", "as_csv", is_flag=True, help="Print the table as CSV.")
    @click.pass_context
    def show(ctx: click.Context, table_id: str, as_csv: bool, corpus: str | None, index: str | None) -> None:
        """Show one table as printed."""
        store = store_of(ctx)
        try:
            info, frame = store.info(table_id), store.table(table_id)
        except AssistantError as exc:
            raise click.ClickException(str(exc)) from None
        if as_csv:
            from assistant.tables.export import safe_csv

            click.echo(safe_csv(frame), nl=False)
            return
        page = ""
        if info.page:
            page = f", page {info.page}" + (f" ({PAGE_INFERRED_NOTE})" if info.page_inferred else "")
        where = f"{info.source}, {info.section or 'no section'}{page}"
        click.echo(f"{info.title}\n{info.kind} | period {info.period or '?'} | unit {info.unit or '-'} | {where}")
        for note in (*info.notes, *info.footnotes):
            click.echo(f"  note: {note}")
        click.echo(frame.to_string(index=False, max_colwidth=60))

    @tables.command("export")
    @click.argument("directory", type=click.Path(file_okay=False))
    @where_options
    @click.pass_context
    def export(ctx: click.Context, directory: str, corpus: str | None, index: str | None) -> None:
        """Write every table as CSV, the tidy data and a data dictionary into DIRECTORY."""
        paths = store_of(ctx).export(directory)
        click.echo(f"wrote {len(paths)} files to {directory} (see data_dictionary.md)")

    return tables


tables_group = make_tables_group()
