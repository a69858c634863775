"""`csa tables`, `csa tables show ID [--csv]`, `csa tables export DIR` through click's runner."""

import io

import click
import pandas as pd
from click.testing import CliRunner

from assistant.tables.cli import make_tables_group, tables_group

from ._support import LICHFIELD


def cli_for(store):
    @click.group()
    def csa():
        """The test's stand-in for the csa entry point."""

    csa.add_command(make_tables_group(lambda ctx: store))
    return csa


def test_list_show_and_csv(store):
    runner = CliRunner()
    cli = cli_for(store)
    out = runner.invoke(cli, ["tables"])
    assert out.exit_code == 0, out.output
    line = next(ln for ln in out.output.splitlines() if ln.startswith(f"{LICHFIELD}:ward_rates-1\t"))
    assert line.endswith("\t22x13") and "Offence rates per 1,000 population" in line
    shown = runner.invoke(cli, ["tables", "show", f"{LICHFIELD}:comparator-1"])
    assert shown.exit_code == 0
    assert shown.output.startswith("Rates of Recorded Crime – Staffordshire Police (2018-19)\ncomparator | period 2018-19")
    assert "Burglary - Burglary Residential" in shown.output
    csv = runner.invoke(cli, ["tables", "show", f"{LICHFIELD}:ward_rates-1", "--csv"])
    frame = pd.read_csv(io.StringIO(csv.output))
    assert frame.shape == (22, 13) and frame.iloc[0]["ALL CRIME"] == 182.6


def test_export(store, tmp_path):
    out = CliRunner().invoke(cli_for(store), ["tables", "export", str(tmp_path / "out")])
    assert out.exit_code == 0 and "data_dictionary.md" in out.output
    assert (tmp_path / "out" / "data_dictionary.md").exists()
    assert len(list((tmp_path / "out" / "tables").glob("*.csv"))) == len(store.list_tables())


def test_unknown_table_is_one_clear_line(store):
    out = CliRunner().invoke(cli_for(store), ["tables", "show", "no-such-table"])
    assert out.exit_code != 0
    assert out.output.strip() == "Error: no table 'no-such-table' (see `csa tables` for the ids)"


def test_default_loader_reads_the_index(store, tmp_path):
    store.save(tmp_path / "tables")
    runner = CliRunner()
    out = runner.invoke(tables_group, ["--index", str(tmp_path), "--kind", "ward_rates"])
    assert out.exit_code == 0, out.output
    assert len(out.stdout.strip().splitlines()) == 2 and "2 tables" in out.stderr
    missing = runner.invoke(tables_group, ["--index", str(tmp_path / "empty")])
    assert missing.exit_code != 0 and "no extracted tables" in missing.output


def test_index_option_of_a_parent_command_is_used(store, tmp_path):
    store.save(tmp_path)

    @click.group()
    @click.option("--index")
    def csa(index):
        """Stand-in root with its own --index."""

    csa.add_command(tables_group)
    out = CliRunner().invoke(csa, ["--index", str(tmp_path), "tables", "show", f"{LICHFIELD}:ward_rates-1", "--csv"])
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[1].startswith("Stowe,182.6")


def test_default_loader_follows_the_current_snapshot(store, tmp_path):
    store.save(tmp_path / "snapshot-1" / "tables")
    (tmp_path / "CURRENT").write_text("snapshot-1\n")
    half_written = CliRunner().invoke(tables_group, ["--index", str(tmp_path), "--doc", LICHFIELD])
    assert half_written.exit_code == 1 and "incomplete or damaged" in half_written.output  # no COMPLETE marker yet
    (tmp_path / "snapshot-1" / "COMPLETE").write_text("")
    out = CliRunner().invoke(tables_group, ["--index", str(tmp_path), "--doc", LICHFIELD, "--kind", "comparator"])
    assert out.exit_code == 0, out.output
    assert out.stdout.startswith(f"{LICHFIELD}:comparator-1\t")


def test_corpus_and_index_are_accepted_after_the_subcommand(store, tmp_path):
    runner = CliRunner()
    cli = cli_for(store)
    out = runner.invoke(cli, ["tables", "export", str(tmp_path / "out"), "--corpus", str(tmp_path), "--index", str(tmp_path)])
    assert out.exit_code == 0, out.output
    shown = runner.invoke(cli, ["tables", "show", f"{LICHFIELD}:comparator-1", "--index", str(tmp_path)])
    assert shown.exit_code == 0, shown.output
    # a text document's page is the one its contents list gives, and the listing says so
    assert "page" not in shown.output or "inferred from the contents list" in shown.output
