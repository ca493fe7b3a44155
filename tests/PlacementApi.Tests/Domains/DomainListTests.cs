using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>GET /v1/domains: summaries in creation order, by host and state, a page at a time.</summary>
public sealed class DomainListTests : ApiTest
{
    [Fact]
    public async Task List_DomainsOfTwoHosts_SummariesInCreationOrder()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateHostAsync("xen-0", Hotplug());
        var first = await Client.CreateDomainAsync(Host, WithIgd("vm-b"));
        var second = await Client.CreateDomainAsync("xen-0", Bare("vm-a"));
        var third = await Client.CreateDomainAsync(Host, Bare("vm-0", 2048));

        using var response = await Client.ListDomainsAsync();

        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        page["items"]!.AsArray().Select(d => d!.Id()).ShouldBe([first.Id(), second.Id(), third.Id()]);
        page["nextCursor"].ShouldBeNull();
        page["items"]![0].ShouldEqualJson(JsonNode.Parse($$"""
            { "id": "{{first.Id()}}", "name": "vm-b", "host": "xen-1", "state": "live", "memoryMiB": 4096,
              "devices": ["0000:00:02.0"], "createdAt": "2026-11-01T08:00:00+00:00", "destroyedAt": null }
            """));
    }

    [Fact]
    public async Task List_ByHostAndState_OnlyMatchingDomains()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateHostAsync("xen-2", Hotplug());
        var gone = await Client.CreateDomainAsync(Host, Bare("vm-1"));
        var live = await Client.CreateDomainAsync(Host, Bare("vm-2"));
        var elsewhere = await Client.CreateDomainAsync("xen-2", Bare("vm-3"));
        Api.Clock.Advance(TimeSpan.FromSeconds(30));
        (await Client.DestroyDomainAsync(gone.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Client.ListDomainIdsAsync("?host=xen-1")).ShouldBe([gone.Id(), live.Id()]);
        (await Client.ListDomainIdsAsync("?state=live")).ShouldBe([live.Id(), elsewhere.Id()]);
        (await Client.ListDomainIdsAsync("?host=xen-1&state=destroyed")).ShouldBe([gone.Id()]);
        (await Client.ListDomainIdsAsync("?host=xen-9")).ShouldBeEmpty();
        using var destroyed = await Client.ListDomainsAsync("?state=destroyed");
        var summary = (await destroyed.ShouldBeJsonAsync(HttpStatusCode.OK))["items"]![0]!;
        summary["state"]!.GetValue<string>().ShouldBe("destroyed");
        summary["destroyedAt"].ShouldEqualJson(DomainRequests.At(Start.AddSeconds(30)));
    }

    [Fact]
    public async Task List_LimitAndCursor_PagesInCreationOrder()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var ids = new List<string>();
        foreach (var name in new[] { "vm-e", "vm-d", "vm-c", "vm-b", "vm-a" })
        {
            ids.Add((await Client.CreateDomainAsync(Host, Bare(name, 512))).Id());
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var response = await Client.ListDomainsAsync(cursor is null ? "?limit=2" : $"?limit=2&cursor={cursor}");
            var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(d => d!.Id()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(ids);
    }

    [Fact]
    public async Task List_InvalidQuery_ValidationFailedListingEveryParameter()
    {
        using var response = await Client.ListDomainsAsync("?host=Xen_1&state=running&limit=501&cursor=not-ours!");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe(
            [("host", "invalid-host-name"), ("state", "invalid-value"), ("limit", "out-of-range"), ("cursor", "invalid-cursor")]);
    }
}
