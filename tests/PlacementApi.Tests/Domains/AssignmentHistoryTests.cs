using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>GET /v1/domains/{id}/assignments: every assignment, refusal and release, oldest first, at the clock's times.</summary>
public sealed class AssignmentHistoryTests : ApiTest
{
    [Fact]
    public async Task History_AssignRefuseRelease_LinesInOrderWithTimes()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        using var refused = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:14.0" }""");
        var refusalId = (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "device-refused"))["refusalId"]!.GetValue<long>();
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        (await Client.UnplugAsync(domain.Id(), Igd)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await Client.HistoryAsync(domain.Id());

        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        page["nextCursor"].ShouldBeNull();
        var items = page["items"]!.AsArray();
        items[1]!["id"]!.GetValue<long>().ShouldBe(refusalId);
        foreach (var item in items)
        {
            item!.AsObject().Remove("id");
        }

        items.ShouldEqualJson(JsonNode.Parse("""
            [
              { "kind": "assigned", "host": "xen-1", "fromHost": null, "sbdf": "0000:00:02.0", "rdmPolicy": "strict", "outcome": "assigned", "findings": [],
                "at": "2026-11-01T08:00:00+00:00", "caller": "test-admin" },
              { "kind": "refused", "host": "xen-1", "fromHost": null, "sbdf": "0000:00:14.0", "rdmPolicy": "strict", "outcome": "refused", "findings": [
                  { "severity": "error", "code": "identity-map-conflict",
                    "message": "Cannot set up identity map [0xa0000000, 0xa3800000) for 0000:00:14.0: it is guest RAM. rdmPolicy relaxed attaches the device without the map there (it may misbehave); creating the domain with rdm.strategy host reserves the region and keeps it free for a later hotplug.",
                    "start": "0xa0000000", "end": "0xa3800000", "sbdf": "0000:00:14.0" } ],
                "at": "2026-11-01T08:01:00+00:00", "caller": "test-admin" },
              { "kind": "released", "host": "xen-1", "fromHost": null, "sbdf": "0000:00:02.0", "rdmPolicy": "strict", "outcome": null, "findings": [],
                "at": "2026-11-01T08:02:00+00:00", "caller": "test-admin" }
            ]
            """));
    }

    [Fact]
    public async Task History_LimitAndCursor_PagesOldestFirst()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        for (var i = 1; i <= 2; i++)
        {
            Api.Clock.Advance(TimeSpan.FromSeconds(1));
            (await Client.UnplugAsync(domain.Id(), Igd)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            using var hotplug = await Client.HotplugAsync(domain.Id(), """{ "sbdf": "00:02.0" }""");
            hotplug.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var all = await Client.ReadHistoryAsync(domain.Id());
        using var first = await Client.HistoryAsync(domain.Id(), "?limit=3");
        var page1 = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
        using var second = await Client.HistoryAsync(domain.Id(), $"?limit=3&cursor={page1["nextCursor"]!.GetValue<string>()}");
        var page2 = await second.ShouldBeJsonAsync(HttpStatusCode.OK);

        all.Select(e => e.Text("kind")).ShouldBe(["assigned", "released", "assigned", "released", "assigned"]);
        page1["items"].ShouldEqualJson(new JsonArray(all.Take(3).Select(e => e!.DeepClone()).ToArray()));
        page2["items"].ShouldEqualJson(new JsonArray(all.Skip(3).Select(e => e!.DeepClone()).ToArray()));
        page2["nextCursor"].ShouldBeNull();
    }

    [Fact]
    public async Task History_UnknownDomain_DomainNotFound()
    {
        using var response = await Client.HistoryAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
    }

    [Fact]
    public async Task History_InvalidIdAndQuery_ValidationFailed()
    {
        using var badId = await Client.HistoryAsync("vm-1");
        using var badQuery = await Client.HistoryAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", "?limit=0&cursor=@@");

        (await badId.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("id", "invalid-domain-id")]);
        (await badQuery.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations()
            .ShouldBe([("limit", "out-of-range"), ("cursor", "invalid-cursor")]);
    }

    [Fact]
    public async Task HistoryAndRefusals_BadPathAndPage_ThePathAloneAsForEveryResource()
    {
        using var history = await Client.GetAsync("/v1/domains/vm-1/assignments?limit=501&cursor=@@");
        using var refusals = await Client.GetAsync("/v1/hosts/Xen_1/refusals?limit=0&cursor=@@");

        // A path that names no resource is answered before the query is read, as on every other endpoint.
        (await history.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("id", "invalid-domain-id")]);
        (await refusals.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed")).Violations().ShouldBe([("host", "invalid-host-name")]);
    }
}
