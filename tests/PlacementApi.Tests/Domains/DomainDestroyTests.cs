using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>DELETE /v1/domains/{id}: every device released, the domain kept as destroyed; again changes nothing.</summary>
public sealed class DomainDestroyTests : ApiTest
{
    [Fact]
    public async Task Delete_LiveDomain_NoContentDestroyedAndDevicesReleased()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host,
            """{ "name": "vm-1", "memoryMiB": 2048, "devices": [ { "sbdf": "00:02.0" }, { "sbdf": "00:14.0" } ] }""");
        Api.Clock.Advance(TimeSpan.FromMinutes(10));

        using var response = await Client.DestroyDomainAsync(domain.Id());

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Content.Headers.ContentType.ShouldBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        var destroyed = await Client.ReadDomainAsync(domain.Id());
        destroyed["state"]!.GetValue<string>().ShouldBe("destroyed");
        destroyed["destroyedAt"].ShouldEqualJson(DomainRequests.At(Start.AddMinutes(10)));
        destroyed["devices"]!.AsArray().ShouldBeEmpty();
        foreach (var field in new[] { "id", "name", "host", "request", "layout", "findings", "createdAt" })
        {
            destroyed[field].ShouldEqualJson(domain[field]);
        }

        var history = await Client.ReadHistoryAsync(domain.Id());
        history.Select(e => (e.Text("kind"), e.Text("sbdf"))).ShouldBe(
            [("assigned", Igd), ("assigned", Xhci), ("released", Igd), ("released", Xhci)]);
        history.Skip(2).ShouldAllBe(e => JsonNode.DeepEquals(e!["at"], DomainRequests.At(Start.AddMinutes(10))));
        (await Client.CreateDomainAsync(Host, WithIgd("vm-2")))["devices"]![0].Text("outcome").ShouldBe("assigned");
    }

    [Fact]
    public async Task Delete_DestroyedDomain_NoContentAndNothingChanges()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        (await Client.DestroyDomainAsync(domain.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var destroyed = await Client.ReadDomainAsync(domain.Id());
        var history = await Client.ReadHistoryAsync(domain.Id());
        Api.Clock.Advance(TimeSpan.FromHours(1));

        using var again = await Client.DestroyDomainAsync(domain.Id());

        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await again.Content.ReadAsStringAsync()).ShouldBeEmpty();
        (await Client.ReadDomainAsync(domain.Id())).ShouldEqualJson(destroyed);
        (await Client.ReadHistoryAsync(domain.Id())).ShouldEqualJson(history);
    }

    [Fact]
    public async Task Delete_UnknownId_DomainNotFound()
    {
        const string Id = "0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4";

        using var response = await Client.DestroyDomainAsync(Id);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe($"There is no domain {Id}.");
    }

    [Fact]
    public async Task Delete_IdNotUuid_InvalidDomainId()
    {
        using var response = await Client.DestroyDomainAsync("vm-1");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("id", "invalid-domain-id")]);
    }
}
