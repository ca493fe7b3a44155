using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>Bodies that do not read as an inventory: 400 malformed-request naming the field, never a 500, nothing written.</summary>
public sealed class HostMalformedBodyTests : ApiTest
{
    private const string Host = "xen-1";

    [Theory]
    [InlineData("""{ "memoryMiB": "lots" }""", "memoryMiB")]
    [InlineData("""{ "memoryMiB": "65536" }""", "memoryMiB")]
    [InlineData("""{ "devices[0].bars[0].index": "0" }""", "devices[0].bars[0].index")]
    [InlineData("""{ "memoryMB": 65536 }""", "memoryMB")]
    [InlineData("""{ "iommu": "yes" }""", "iommu")]
    [InlineData("""{ "physAddressBits": 1e100 }""", "physAddressBits")]
    [InlineData("""{ "labels": ["rack"] }""", "labels")]
    [InlineData("""{ "devices": { "sbdf": "00:02.0" } }""", "devices")]
    [InlineData("""{ "devices[0].iommuProtected": "yes" }""", "devices[0].iommuProtected")]
    [InlineData("""{ "devices[0].iommuProtectd": true }""", "devices[0].iommuProtectd")]
    [InlineData("""{ "devices[0].vendorId": 4318 }""", "devices[0].vendorId")]
    [InlineData("""{ "devices[0].numaNode": "0" }""", "devices[0].numaNode")]
    [InlineData("""{ "devices[0].labels": ["model"] }""", "devices[0].labels")]
    [InlineData("""{ "reservedRegions[0].start": true }""", "reservedRegions[0].start")]
    [InlineData("""{ "reservedRegions[0].devices": "0000:00:14.0" }""", "reservedRegions[0].devices")]
    public async Task Put_FieldOfWrongTypeOrUnknown_MalformedRequestNamingField(string edits, string field)
    {
        using var response = await Client.PutHostAsync(Host, Inventories.Laptop().Edited(edits));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        problem["errors"]![field]![0]!.GetValue<string>().ShouldStartWith(field);
        await Client.ShouldNotExistAsync(Host);
    }

    [Theory]
    [InlineData("{ \"architecture\": \"x86_64\", ")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"x86_64\"")]
    public async Task Put_BodyNotAJsonObject_MalformedRequest(string body)
    {
        using var response = await Client.PutHostAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        await Client.ShouldNotExistAsync(Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task Put_NoDocument_BodyRequired(string body)
    {
        using var response = await Client.PutHostAsync(Host, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body-required");
        problem["detail"]!.GetValue<string>().ShouldStartWith("A JSON body is required");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        await Client.ShouldNotExistAsync(Host);
    }

    [Theory]
    [InlineData("""{ "devices": [null], "reservedRegions": [] }""", "devices[0]")]
    [InlineData("""{ "reservedRegions": [null] }""", "reservedRegions[0]")]
    [InlineData("""{ "devices[0].bars": [null] }""", "devices[0].bars[0]")]
    [InlineData("""{ "reservedRegions[0].devices": [null] }""", "reservedRegions[0].devices[0]")]
    [InlineData("""{ "labels": { "rack": null } }""", "labels.rack")]
    public async Task Put_NullElement_RequiredNotServerError(string edits, string field)
    {
        using var response = await Client.PutHostAsync(Host, Inventories.Laptop().Edited(edits));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([(field, "required")]);
        await Client.ShouldNotExistAsync(Host);
    }
}
