using System.Net;
using System.Net.Http.Headers;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Imports;

/// <summary>What the import endpoint answers before it reads a format: the query, the body's presence, size and media type.</summary>
public sealed class ImportRequestTests : ApiTest
{
    [Fact]
    public async Task Post_UnknownFormat_400NamingTheFormatsItReads()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory?format=pdf", Text("DMAR"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("format", "invalid-import-format")]);
        problem["errors"]!["format"]![0]!.GetValue<string>().ShouldBe(
            "format 'pdf' is not one this service reads: auto, acpi-dmar, acpi-dmar-text, acpidump, xen-dmesg, linux-dmesg, sysfs-reserved-regions, lspci.");
    }

    [Fact]
    public async Task Post_NoBody_400BodyRequired()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory", Text(""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
        problem["detail"]!.GetValue<string>().ShouldBe("Send the file as the body, with Content-Type text/plain or application/octet-stream.");
    }

    [Fact]
    public async Task Post_JsonBody_415SayingWhatToSend()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory", HttpAssertions.Json("{}"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        problem["detail"]!.GetValue<string>().ShouldBe(
            "This endpoint reads a file as it is: send Content-Type: text/plain (application/octet-stream for a binary table). The request has Content-Type application/json; charset=utf-8.");
    }

    [Fact]
    public async Task Post_FileOverTheLimit_413WithTheLimit()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory", Text(new string('x', 4 * 1024 * 1024 + 1)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        problem["limitBytes"]!.GetValue<long>().ShouldBe(4 * 1024 * 1024);
    }

    [Fact]
    public async Task Post_ChunkedFileOverTheLimit_413BeforeReadingItAll()
    {
        var content = new StreamContent(new MemoryStream(new byte[5 * 1024 * 1024]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await Client.PostAsync("/v1/imports/inventory?format=acpi-dmar", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }

    [Fact]
    public async Task Post_TextInNoFormat_400FormatNotRecognisedAtLine1()
    {
        using var response = await Client.PostAsync("/v1/imports/inventory?format=auto", Text("Dear operator,\nplease find the table attached.\n"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format-not-recognised");
        problem["line"]!.GetValue<int>().ShouldBe(1);
        problem["format"].ShouldBeNull();
        problem["expected"]!.GetValue<string>().ShouldContain("a binary DMAR table");
    }

    private static StringContent Text(string text) => new(text, System.Text.Encoding.UTF8, "text/plain");
}
