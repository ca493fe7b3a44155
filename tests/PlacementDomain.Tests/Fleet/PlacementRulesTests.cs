using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using static Placement.Domain.Tests.Fleet.FleetBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>A placement request's own rules: those of its settings, device request names and host names once each.</summary>
public sealed class PlacementRulesTests
{
    [Fact]
    public void Check_ValidRequest_NoViolation() =>
        PlacementRules.Check(Place(Gpus(), Nics()) with { Hosts = HostFilter.Any with { Names = [HostName.Parse("a"), HostName.Parse("b")] } }).ShouldBeEmpty();

    [Fact]
    public void Check_TwoDeviceRequestsOfOneName_DuplicateAtTheSecond()
    {
        var violation = PlacementRules.Check(Place(Gpus(), Gpus(2))).ShouldHaveSingleItem();

        (violation.Path, violation.Code).ShouldBe(("deviceRequests[1].name", "duplicate"));
        violation.Message.ShouldContain("deviceRequests[0].name");
    }

    [Fact]
    public void Check_HostNamedTwice_DuplicateAtTheSecond() =>
        PlacementRules.Check(Place() with { Hosts = HostFilter.Any with { Names = [HostName.Parse("a"), HostName.Parse("b"), HostName.Parse("a")] } })
            .ShouldHaveSingleItem().Path.ShouldBe("hosts.names[2]");

    [Fact]
    public void Check_MemoryNotAboveVideoRam_TheSettingsRule() =>
        PlacementRules.Check(Place() with { Settings = new X86Request(8, [], VideoRamMiB: 8) })
            .ShouldHaveSingleItem().Code.ShouldBe(RequestRules.MemoryNotAboveVideoRam);
}
