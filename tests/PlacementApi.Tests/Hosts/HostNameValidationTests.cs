using System.Net;
using Placement.Api.Tests.Infrastructure;

namespace Placement.Api.Tests.Hosts;

/// <summary>Host names in the path: [a-z0-9][a-z0-9.-]{0,62}.</summary>
public sealed class HostNameValidationTests : ApiTest
{
    public static TheoryData<string> BadNames => new()
    {
        "Bad_Name",
        "UPPER",
        "-leading-dash",
        ".leading-dot",
        new string('a', 64),
        "host%20name",
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task Put_InvalidHostName_InvalidHostName(string name)
    {
        using var response = await Client.PutHostAsync(name, Inventories.Laptop());

        await ShouldBeInvalidHostNameAsync(response);
        using var list = await Client.GetAsync("/v1/hosts");
        (await list.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task GetAndDelete_InvalidHostName_InvalidHostName(string name)
    {
        using var get = await Client.GetHostAsync(name);
        await ShouldBeInvalidHostNameAsync(get);
        using var delete = await Client.DeleteHostAsync(name);
        await ShouldBeInvalidHostNameAsync(delete);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("xen-r12.dc1.example")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")] // 63 characters
    public async Task Put_ValidHostName_Created(string name)
    {
        var created = await Client.CreateHostAsync(name, Inventories.Arm());

        created["name"]!.GetValue<string>().ShouldBe(name);
        using var get = await Client.GetHostAsync(name);
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(created);
    }

    private static async Task ShouldBeInvalidHostNameAsync(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("host", "invalid-host-name")]);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["host"]);
    }
}
