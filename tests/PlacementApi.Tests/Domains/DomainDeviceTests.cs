using System.Net;
using System.Text.Json.Nodes;
using Placement.Api.Tests.Infrastructure;
using static Placement.Api.Tests.Domains.DomainHosts;

namespace Placement.Api.Tests.Domains;

/// <summary>GET and DELETE /v1/domains/{id}/devices/{sbdf}: read a held device, unplug it.</summary>
public sealed class DomainDeviceTests : ApiTest
{
    [Theory]
    [InlineData("0000:00:02.0")]
    [InlineData("00:02.0")]
    public async Task GetDevice_Held_AssignmentAsInDomain(string sbdf)
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.GetDeviceAsync(domain.Id(), sbdf);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldEqualJson(domain["devices"]![0]);
    }

    [Fact]
    public async Task GetDevice_NotHeld_DeviceNotAssigned()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.GetDeviceAsync(domain.Id(), "00:14.0");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-assigned");
        problem["detail"]!.GetValue<string>().ShouldBe($"Domain {domain.Id()} holds no device 0000:00:14.0.");
    }

    [Fact]
    public async Task GetDevice_SbdfNotPciAddress_ValidationFailed()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.GetDeviceAsync(domain.Id(), "igd");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        problem.Violations().ShouldBe([("sbdf", "invalid-pci-address")]);
    }

    [Fact]
    public async Task Unplug_HeldDevice_NoContentReleasedAndFreeForOthers()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));
        var other = await Client.CreateDomainAsync(Host, Bare("vm-2"));
        Api.Clock.Advance(TimeSpan.FromMinutes(2));

        using var response = await Client.UnplugAsync(domain.Id(), "00:02.0");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        var after = await Client.ReadDomainAsync(domain.Id());
        after["state"]!.GetValue<string>().ShouldBe("live");
        after["devices"]!.AsArray().ShouldBeEmpty();
        using var get = await Client.GetDeviceAsync(domain.Id(), Igd);
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-assigned");
        var released = (await Client.ReadHistoryAsync(domain.Id())).Last()!;
        (released.Text("kind"), released.Text("sbdf"), released["outcome"]).ShouldBe(("released", Igd, (JsonNode?)null));
        released["at"].ShouldEqualJson(DomainRequests.At(Start.AddMinutes(2)));
        using var hotplug = await Client.HotplugAsync(other.Id(), """{ "sbdf": "00:02.0" }""");
        (await hotplug.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("outcome").ShouldBe("assigned");
    }

    [Fact]
    public async Task Unplug_DeviceNotHeld_DeviceNotAssignedAndNothingRecorded()
    {
        await Client.CreateHostAsync(Host, NoRmrr());
        var domain = await Client.CreateDomainAsync(Host, WithIgd("vm-1"));

        using var response = await Client.UnplugAsync(domain.Id(), "00:14.0");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "device-not-assigned");
        problem["detail"]!.GetValue<string>().ShouldBe($"Domain {domain.Id()} holds no device 0000:00:14.0.");
        (await Client.ReadHistoryAsync(domain.Id())).Select(e => e.Text("kind")).ShouldBe(["assigned"]);
    }

    [Fact]
    public async Task Unplug_UnknownDomain_DomainNotFound()
    {
        using var response = await Client.UnplugAsync("0192f0c1-6e1a-7cc3-9a43-35c0d9b2f1e4", "00:02.0");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "domain-not-found");
    }
}
