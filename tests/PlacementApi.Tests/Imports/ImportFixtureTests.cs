using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using Placement.Domain.Imports;

namespace Placement.Api.Tests.Imports;

/// <summary>
/// Every fixture of tests/formats, each reproducing a trap of real files, sent over HTTP as an
/// operator sends it: the answer carries what the format's reader makes of it (whose content the
/// domain tests check), in the API's shape, or the reader's 400 with its line or offset.
/// </summary>
public sealed class ImportFixtureTests : ApiTest
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in ImportFormats.All.Where(f => Directory.Exists(FormatFixtures.Folder(f))))
        {
            foreach (var path in Directory.GetFiles(FormatFixtures.Folder(format)).Order(StringComparer.Ordinal))
            {
                var file = Path.GetFileName(path);
                // A binary table's .dsl is its source, read as acpi-dmar-text in that folder.
                if (file != "README.md" && !file.StartsWith('.') && !(format == "acpi-dmar" && file.EndsWith(".dsl", StringComparison.Ordinal)) && new FileInfo(path).Length > 0)
                {
                    data.Add(format, file);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Post_FixtureInItsFormat_AnswersWhatItsReaderReads(string format, string file)
    {
        var bytes = FormatFixtures.Read(format, file);
        ImportFormats.TryParse(format, out var named).ShouldBeTrue();

        using var response = await Client.PostAsync($"/v1/imports/inventory?format={format}", Body(file, bytes));

        switch (InventoryImport.Read(named, bytes))
        {
            case Imported { Inventory: var read }:
                var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
                body["format"]!.GetValue<string>().ShouldBe(format);
                Regions(body).ShouldBe(read.ReservedRegions.Select(r => $"{r.Range.Start}-{r.Range.End} [{string.Join(",", r.Devices)}] {string.Join(",", r.Flags)}"));
                Unresolved(body).ShouldBe(read.UnresolvedScopes.Select(u => $"{u.Range.Start}-{u.Range.End} {u.Path}"));
                Devices(body).ShouldBe(read.Devices.Select(d => $"{d.Address} {d.Bars.Count}"));
                Warnings(body).ShouldBe(read.Warnings.Select(w => $"{w.Code} {w.Line} {w.Offset}"));
                ((long?)body["memoryMiB"]).ShouldBe((long?)read.MemoryMiB);
                break;
            case Unreadable { Failure: var failure }:
                var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import-unreadable");
                problem["format"]!.GetValue<string>().ShouldBe(format);
                problem["reason"]!.GetValue<string>().ShouldBe(failure.Code);
                ((int?)problem["line"]).ShouldBe(failure.Line);
                ((long?)problem["offset"]).ShouldBe(failure.Offset);
                problem["detail"]!.GetValue<string>().ShouldContain(failure.Expected);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Post_FixtureAuto_RecognisedAsItsFormat(string format, string file)
    {
        var bytes = FormatFixtures.Read(format, file);
        if (file.StartsWith("not-", StringComparison.Ordinal))
        {
            return; // made to be no such file: Post_NotAnLspciOutput covers it
        }

        using var response = await Client.PostAsync("/v1/imports/inventory", Body(file, bytes));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        (body["format"]?.GetValue<string>()).ShouldBe(format, body.ToJsonString());
    }

    [Fact]
    public async Task Post_NotAnLspciOutput_400AtLine1SayingWhatWasExpected()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory?format=lspci", Body("t.txt", FormatFixtures.Read("lspci", "not-lspci-tree.txt")));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "import-unreadable");
        problem["line"]!.GetValue<int>().ShouldBe(1);
        problem["title"]!.GetValue<string>().ShouldBe("The file does not read as lspci.");
        problem["detail"]!.GetValue<string>().ShouldStartWith("Line 1: ");
    }

    private static ByteArrayContent Body(string file, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".aml", StringComparison.Ordinal) ? "application/octet-stream" : "text/plain");
        return content;
    }

    private static IEnumerable<string> Regions(JsonObject body) => body["reservedRegions"]!.AsArray().Select(r =>
        $"{r!["start"]}-{r["end"]} [{string.Join(",", r["devices"]!.AsArray().Select(d => d!.GetValue<string>()))}] {string.Join(",", r["flags"]!.AsArray().Select(f => f!.GetValue<string>()))}");

    private static IEnumerable<string> Unresolved(JsonObject body) => body["unresolvedScopes"]!.AsArray().Select(u => $"{u!["start"]}-{u["end"]} {u["path"]}");

    private static IEnumerable<string> Devices(JsonObject body) => body["devices"]!.AsArray().Select(d => $"{d!["sbdf"]} {d["bars"]!.AsArray().Count}");

    private static IEnumerable<string> Warnings(JsonObject body) => body["warnings"]!.AsArray().Select(w => $"{w!["code"]} {w["line"]} {w["offset"]}");
}
