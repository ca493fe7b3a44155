using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>If-Match / If-None-Match on PUT: generations stop lost updates; a failed precondition writes nothing.</summary>
public sealed class HostConditionalPutTests : ApiTest
{
    private static JsonObject Changed() => Inventories.Laptop().Edited("""{ "labels": { "rack": "r99" }, "devices[1]": null, "reservedRegions[0]": null }""");

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("*")]
    public async Task Put_IfMatchCurrentGeneration_Replaced(string ifMatch)
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        using var second = await Client.PutHostAsync("xen-1", Inventories.Laptop());
        await second.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var put = await Client.PutHostAsync("xen-1", Changed(), ifMatch: ifMatch);

        var replaced = await put.ShouldBeJsonAsync(HttpStatusCode.OK);
        replaced["generation"]!.GetValue<long>().ShouldBe(3);
        replaced["labels"].ShouldEqualJson(JsonNode.Parse("""{ "rack": "r99" }"""));
        put.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(3));
    }

    [Fact]
    public async Task Put_StaleIfMatch_PreconditionFailedAndHostUnchanged()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        using var second = await Client.PutHostAsync("xen-1", Inventories.Laptop());
        var before = await second.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var put = await Client.PutHostAsync("xen-1", Changed(), ifMatch: JsonAssertions.Tag(1));

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem["currentGeneration"]!.GetValue<long>().ShouldBe(2);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(before);
        get.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(2));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("*")]
    public async Task Put_IfMatchOnMissingHost_PreconditionFailedAndNothingCreated(string ifMatch)
    {
        using var put = await Client.PutHostAsync("xen-1", Inventories.Laptop(), ifMatch: ifMatch);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem.ContainsKey("currentGeneration").ShouldBeTrue();
        problem["currentGeneration"].ShouldBeNull();
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Fact]
    public async Task Put_IfNoneMatchStarOnExistingHost_PreconditionFailedAndHostUnchanged()
    {
        var before = await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        using var put = await Client.PutHostAsync("xen-1", Changed(), ifNoneMatch: "*");

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem["currentGeneration"]!.GetValue<long>().ShouldBe(1);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(before);
    }

    [Fact]
    public async Task Put_IfNoneMatchStarOnNewHost_Created()
    {
        using var put = await Client.PutHostAsync("xen-1", Inventories.Laptop(), ifNoneMatch: "*");

        var created = await put.ShouldBeJsonAsync(HttpStatusCode.Created);
        created["generation"]!.GetValue<long>().ShouldBe(1);
        put.Headers.ETag!.Tag.ShouldBe(JsonAssertions.Tag(1));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("W/\"1\"")]
    [InlineData("1")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("\"1\", abc")]
    [InlineData("\"0x1\"")]
    public async Task Put_MalformedIfMatch_ValidationFailedAndNothingWritten(string ifMatch)
    {
        var before = await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        using var put = await Client.PutHostAsync("xen-1", Changed(), ifMatch);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("If-Match", "invalid-entity-tag")]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["If-Match"]);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(before);
    }

    [Theory]
    [InlineData(null, "\"1\"")]
    [InlineData("\"1\"", "*")]
    public async Task Put_MalformedIfNoneMatch_ViolationNamesIfNoneMatch(string? ifMatch, string ifNoneMatch)
    {
        var before = await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        using var put = await Client.PutHostAsync("xen-1", Changed(), ifMatch, ifNoneMatch);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("If-None-Match", "invalid-entity-tag")]);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(before);
    }

    /// <summary>Repeated headers reach the precondition as they are: binding them for Swagger must not change that.</summary>
    [Theory]
    [InlineData("PUT", "If-Match", "\"1\"")]
    [InlineData("PUT", "If-Match", "*")]
    [InlineData("PUT", "If-None-Match", "*")]
    [InlineData("DELETE", "If-Match", "\"1\"")]
    [InlineData("DELETE", "If-Match", "*")]
    public async Task Write_RepeatedConditionalHeader_ViolationNamesItAndNothingWritten(string method, string header, string value)
    {
        var before = await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        using var request = new HttpRequestMessage(new HttpMethod(method), HostRequests.HostPath("xen-1"));
        if (method == "PUT")
        {
            request.Content = HttpAssertions.Json(Changed());
        }

        request.Headers.TryAddWithoutValidation(header, [value, value]).ShouldBeTrue();

        using var response = await Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([(header, "invalid-entity-tag")]);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(before);
    }

    [Fact]
    public async Task Put_IfMatchFromBeforeDeleteAndCreateAgain_PreconditionFailed()
    {
        var first = await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        using (var delete = await Client.DeleteHostAsync("xen-1"))
        {
            delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var again = await Client.CreateHostAsync("xen-1", Changed());
        var staleTag = JsonAssertions.Tag(first["generation"]!.GetValue<long>());

        using var put = await Client.PutHostAsync("xen-1", Inventories.Laptop(), staleTag);

        var problem = await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem["currentGeneration"]!.GetValue<long>().ShouldBe(again["generation"]!.GetValue<long>());
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(again);
    }
}
