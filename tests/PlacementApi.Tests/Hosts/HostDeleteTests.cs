using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

public sealed class HostDeleteTests : ApiTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("\"1\"")]
    [InlineData("*")]
    public async Task Delete_ExistingHost_NoContentThenNotFound(string? ifMatch)
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        using var delete = await Client.DeleteHostAsync("xen-1", ifMatch);

        delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        delete.Content.Headers.ContentType.ShouldBeNull();
        (await delete.Content.ReadAsStringAsync()).ShouldBeEmpty();
        await Client.ShouldNotExistAsync("xen-1");
    }

    [Fact]
    public async Task Delete_MissingHost_HostNotFound()
    {
        using var delete = await Client.DeleteHostAsync("xen-1");

        var problem = await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        problem["detail"]!.GetValue<string>().ShouldContain("xen-1");
    }

    [Fact]
    public async Task Delete_StaleIfMatch_PreconditionFailedAndHostKept()
    {
        await Client.CreateHostAsync("xen-1", Inventories.Laptop());
        using var replace = await Client.PutHostAsync("xen-1", Inventories.Laptop());
        var current = await replace.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var delete = await Client.DeleteHostAsync("xen-1", JsonAssertions.Tag(1));

        var problem = await delete.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        problem["currentGeneration"]!.GetValue<long>().ShouldBe(2);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(current);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("W/\"1\"")]
    public async Task Delete_MalformedIfMatch_ValidationFailedAndHostKept(string ifMatch)
    {
        var current = await Client.CreateHostAsync("xen-1", Inventories.Laptop());

        using var delete = await Client.DeleteHostAsync("xen-1", ifMatch);

        var problem = await delete.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("If-Match", "invalid-entity-tag")]);
        using var get = await Client.GetHostAsync("xen-1");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(current);
    }
}
