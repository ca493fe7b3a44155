using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using static Placement.Domain.Tests.Fleet.FleetBuilders;

namespace Placement.Domain.Tests.Fleet;

/// <summary>Which hosts a placement looks at: architecture, labels, names.</summary>
public sealed class HostFilterTests
{
    private static readonly HostName Name = HostName.Parse("xen-r12-07");
    private static readonly HostInventory Inventory = GpuHost([]) with { Labels = new Dictionary<string, string> { ["rack"] = "r12", ["gpu"] = "a100" } };

    public static TheoryData<string, HostFilter, bool> Filters => new()
    {
        { "any", HostFilter.Any, true },
        { "x86_64", HostFilter.Any with { Architecture = CpuArchitecture.X64 }, true },
        { "arm64", HostFilter.Any with { Architecture = CpuArchitecture.Arm64 }, false },
        { "rack", HostFilter.Any with { Labels = new Dictionary<string, string> { ["rack"] = "r12" } }, true },
        { "both labels", HostFilter.Any with { Labels = new Dictionary<string, string> { ["rack"] = "r12", ["gpu"] = "a100" } }, true },
        { "other rack", HostFilter.Any with { Labels = new Dictionary<string, string> { ["rack"] = "r13" } }, false },
        { "label value differs in case", HostFilter.Any with { Labels = new Dictionary<string, string> { ["rack"] = "R12" } }, false },
        { "label the host lacks", HostFilter.Any with { Labels = new Dictionary<string, string> { ["zone"] = "a" } }, false },
        { "named", HostFilter.Any with { Names = [HostName.Parse("xen-1"), Name] }, true },
        { "not named", HostFilter.Any with { Names = [HostName.Parse("xen-1")] }, false },
        { "no names", HostFilter.Any with { Names = [] }, false },
        { "named, other rack", new HostFilter(null, new Dictionary<string, string> { ["rack"] = "r13" }, [Name]), false },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Admits_Filter_EveryGivenCriterion(string filter, HostFilter hosts, bool expected) =>
        hosts.Admits(Name, Inventory).ShouldBe(expected, filter);
}
