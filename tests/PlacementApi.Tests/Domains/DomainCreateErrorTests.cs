using System.Net;
using Placement.Api.Tests.Hosts;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Creates answered without planning: no host, an arm64 host, a name in use, an invalid request.</summary>
public sealed class DomainCreateErrorTests : ApiTest
{
    [Fact]
    public async Task Post_UnknownHost_HostNotFound()
    {
        using var response = await Client.PostDomainAsync("xen-9", Bare("vm-1"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "host-not-found");
        problem["detail"]!.GetValue<string>().ShouldBe("There is no host named 'xen-9'.");
    }

    [Fact]
    public async Task Post_ArmHostWithoutArmSection_RequestArchitectureMismatchAndNothingCreated()
    {
        await Client.CreateHostAsync("arm-1", Inventories.Arm());

        using var response = await Client.PostDomainAsync("arm-1", Bare("vm-1"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request-architecture-mismatch");
        problem["detail"]!.GetValue<string>().ShouldBe(
            "Host 'arm-1' is arm64: a domain for it has an arm section (\"arm\": {} for an ordinary domain) and none of the x86 settings.");
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NameOfLiveDomainOnHost_DomainNameTaken()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        var first = await Client.CreateDomainAsync(Host, Bare("vm-1"));

        using var response = await Client.PostDomainAsync(Host, Bare("vm-1", 2048));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "domain-name-taken");
        problem["domainId"]!.GetValue<string>().ShouldBe(first.Id());
        problem["detail"]!.GetValue<string>().ShouldBe(
            $"Domain {first.Id()} on host 'xen-1' is named 'vm-1'; names are unique among a host's live domains.");
        (await Client.ListDomainIdsAsync()).ShouldBe([first.Id()]);
    }

    [Fact]
    public async Task Post_NameOfDestroyedDomainOrOtherHost_Created()
    {
        await Client.CreateHostAsync(Host, Hotplug());
        await Client.CreateHostAsync("xen-2", Hotplug());
        var first = await Client.CreateDomainAsync(Host, Bare("vm-1"));
        await Client.CreateDomainAsync("xen-2", Bare("vm-1"));
        (await Client.DestroyDomainAsync(first.Id())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var second = await Client.CreateDomainAsync(Host, Bare("vm-1"));

        second.Id().ShouldNotBe(first.Id());
        second["name"]!.GetValue<string>().ShouldBe("vm-1");
    }

    [Fact]
    public async Task Post_InvalidRequest_ValidationFailedListingEveryField()
    {
        await Client.CreateHostAsync(Host, Hotplug());

        using var response = await Client.PostDomainAsync(Host, """{ "videoRamMiB": -1, "devices": [ { "sbdf": "00:02" } ] }""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().OrderBy(v => v.Field).ShouldBe(
            [("devices[0].sbdf", "invalid-pci-address"), ("memoryMiB", "required"), ("name", "required"), ("videoRamMiB", "out-of-range")]);
        (await Client.ListDomainIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_InvalidHostName_ValidationFailed()
    {
        using var response = await Client.PostDomainAsync("Xen_1", Bare("vm-1"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("host", "invalid-host-name")]);
    }
}
