"""`mhhs lsp` driven by pytest-lsp, a client nobody here wrote, replaying the capabilities of
real editors; any departure from the LSP specification is an error (pytest.ini). Run by
scripts/check-lsp-e2e.sh with MHHS set to the binary."""
import asyncio
import atexit
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

MHHS = os.environ.get("MHHS", ".build/debug/mhhs")
ROOT = Path(tempfile.mkdtemp(prefix="mhhs-e2e-"))
atexit.register(shutil.rmtree, ROOT, True)
shutil.copytree(Path(__file__).resolve().parents[2] / "catalogue", ROOT / "catalogue")
CATALOGUE = ROOT / "catalogue"
IF021 = CATALOGUE / "interfaces" / "IF-021.json"


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[MHHS, "lsp"]),
    params=["visual-studio-code", "neovim", "emacs"],
)
async def client(request, lsp_client: LanguageClient):
    # pytest-lsp answers no `client/registerCapability`; the editors whose capabilities say they
    # watch files on the server's behalf do, so this client records the registration as they would.
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    params = types.InitializeParams(
        capabilities=client_capabilities(request.param), root_uri=ROOT.as_uri(),
        initialization_options={"pollInterval": 100})
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def position_of(text: str, needle: str, plus: int = 1) -> types.Position:
    """The UTF-16 position of `needle` (plus `plus` characters) in ASCII-indented JSON."""
    for n, line in enumerate(text.split("\n")):
        if needle in line:
            return types.Position(line=n, character=len(line[: line.index(needle) + plus].encode("utf-16-le")) // 2)
    raise AssertionError(needle)


async def settled(client: LanguageClient):
    """Waits until the server has answered a request, so every notification before it arrived."""
    await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="zzz-none"))


async def test_diagnostics_equal_lint_for_closed_files(client: LanguageClient):
    await settled(client)
    report = json.loads(subprocess.run(
        [MHHS, "lint", str(CATALOGUE), "--format", "json", "--fail-on", "never"],
        capture_output=True, check=True, text=True).stdout)
    expected = sorted(
        (Path(f["file"]).resolve().as_uri(), f["line"], f["rule"])
        for f in report["findings"] if not f["suppressed"])
    published = sorted(
        (uri, d.range.start.line + 1, d.code)
        for uri, diagnostics in client.diagnostics.items() for d in diagnostics)
    assert published == expected


async def test_hover_definition_references_and_completion(client: LanguageClient):
    text = IF021.read_text()
    doc = types.TextDocumentIdentifier(uri=IF021.as_uri())
    sds = position_of(text, '"SDS"', 2)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=sds))
    assert "Smart Data Service" in hover.contents.value
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=sds))
    location = definition if isinstance(definition, types.Location) else definition[0]
    assert location.uri == (CATALOGUE / "roles.json").as_uri()
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc, position=sds, context=types.ReferenceContext(include_declaration=False)))
    assert IF021.as_uri() in {r.uri for r in references}
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc, position=sds))
    items = completion.items if isinstance(completion, types.CompletionList) else completion
    labels = {item.label for item in items}
    assert "SUP" in labels and "IR7" not in labels


async def test_a_quick_fix_clears_its_diagnostic(client: LanguageClient):
    text = IF021.read_text().replace('"status"', '"statuss"', 1)
    uri = IF021.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="json", version=1, text=text)))
    await settled(client)
    problem = next(d for d in client.diagnostics[uri] if "statuss" in d.message)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=problem.range,
        context=types.CodeActionContext(diagnostics=[problem])))
    fix = next(a for a in actions if a.title.startswith("rename field"))
    edits = fix.edit.changes[uri] if fix.edit.changes else fix.edit.document_changes[0].edits
    assert [e.new_text for e in edits] == ['"status"']
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=edits[0].range, text=edits[0].new_text)]))
    await settled(client)
    assert not any("statuss" in d.message for d in client.diagnostics[uri])


async def test_a_closed_file_changed_on_disk_is_published_again(client: LanguageClient):
    """A client that watches files reports the change (the test does it in its place); with any
    other, the server sees it on disk by itself."""
    await settled(client)
    watches = client_capabilities_watch(client)
    assert bool(client.registrations) == watches
    if watches:
        patterns = [w["globPattern"] for r in client.registrations for w in r.register_options["watchers"]]
        assert any("**/*.json" in str(p) for p in patterns)
    file = CATALOGUE / "interfaces" / "IF-022.json"
    uri = file.as_uri()
    text = file.read_text()
    try:
        file.write_text(text.replace('"status"', '"statuus"', 1))
        if watches:
            client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=uri, type=types.FileChangeType.Changed)]))
        await published(client, uri, lambda ds: any("statuus" in d.message for d in ds))
    finally:
        file.write_text(text)
    if watches:
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=uri, type=types.FileChangeType.Changed)]))
    await published(client, uri, lambda ds: not any("statuus" in d.message for d in ds))


def client_capabilities_watch(client: LanguageClient) -> bool:
    """Whether the client said it watches files for the server (dynamic registration)."""
    watched = client.capabilities.workspace and client.capabilities.workspace.did_change_watched_files
    return bool(watched and watched.dynamic_registration)


async def published(client: LanguageClient, uri: str, holds, seconds: float = 20):
    """Waits until the diagnostics published for `uri` satisfy `holds`."""
    async def wait():
        while not holds(client.diagnostics.get(uri, [])):
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    await asyncio.wait_for(wait(), seconds)
