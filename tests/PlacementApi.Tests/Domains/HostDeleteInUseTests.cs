using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>DELETE /v1/hosts/{host}: refused while a domain lives on it, whatever it holds; fine once all are destroyed.</summary>
public sealed class HostDeleteInUseTests : ApiTest
{
    [Fact]
    public async Task Delete_LiveDomainsOnHost_HostInUseNamingEach()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var first = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        var second = await Client.CreateDomainAsync(Host, Bare("vm-2"));

        using var response = await Client.DeleteHostAsync(Host);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "host-in-use");
        problem["conflicts"].ShouldEqualJson(JsonNode.Parse($$"""
            [ { "field": "host", "code": "host-in-use", "message": "Domain vm-1 ({{first.Id()}}) lives on the host." },
              { "field": "host", "code": "host-in-use", "message": "Domain vm-2 ({{second.Id()}}) lives on the host." } ]
            """));
        using var get = await Client.GetHostAsync(Host);
        get.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_AfterEveryDomainDestroyed_NoContentAndDomainsStillReadable()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        (await Client.DestroyDomainAsync(domain.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await Client.DeleteHostAsync(Host);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Client.ShouldNotExistAsync(Host);
        (await Client.ReadDomainAsync(domain.Id()))["state"]!.GetValue<string>().ShouldBe("destroyed");
    }
}
