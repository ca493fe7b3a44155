using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Pci;
using Placement.Domain.Tests.Assignment;
using Placement.Domain.Tests.Layout;
using HostName = Placement.Domain.Inventory.HostName;

namespace Placement.Domain.Tests.Fleet;

/// <summary>A placement request and the hosts it runs over, printed so that a failing property can be replayed by hand.</summary>
internal sealed record FleetScenario(PlacementRequest Request, IReadOnlyList<CandidateHost> Hosts)
{
    public override string ToString() =>
        $"wanted=[{string.Join("; ", Request.Devices.Select(Describe))}] sameNuma={Request.SameNumaNode} {Request.Strategy} limit={Request.Limit} | "
        + string.Join(" | ", Hosts.Select(h =>
            $"{h.Host}: {new LayoutScenario(h.Inventory, Request.Settings)} identities=[{string.Join("; ", h.Inventory.Devices.Select(d => $"{d.Address} {Describe(d.Identity)}"))}] "
            + $"used={h.Usage.Memory} owned=[{string.Join(", ", h.Usage.Owners.Keys)}]"));

    private static string Describe(DeviceWanted w) =>
        $"{w.Name}x{w.Count} {w.VendorId:x4}:{w.DeviceId:x4} {w.ClassCode} {string.Join(",", w.Labels)} {w.Policy}";

    private static string Describe(DeviceIdentity i) => $"{i.VendorId:x4}:{i.DeviceId:x4} {i.ClassCode:x6} numa={i.NumaNode} {string.Join(",", i.Labels)}";
}

/// <summary>
/// FsCheck generators of placements: the valid hosts and requests of <see cref="LayoutGenerators"/>,
/// their devices given identities from a small set (so that requests match some and not others),
/// some devices held and memory used by live domains, and 0 to 3 device requests.
/// </summary>
internal static class FleetGenerators
{
    public static readonly Gen<FleetScenario> OneHost =
        from request in RequestGen
        from host in HostGen
        select new FleetScenario(request, [host]);

    public static readonly Gen<FleetScenario> Fleet =
        from request in RequestGen
        from count in Gen.Choose(1, 8)
        from hosts in Gen.ArrayOf(HostGen, count)
        select new FleetScenario(request, hosts.Select((h, i) => h with { Host = HostName.Parse($"h{i}") }).ToList());

    private static Gen<PlacementRequest> RequestGen =>
        from s in LayoutGenerators.Scenario
        from wanted in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Constant(1)), (2, Gen.Constant(2))).SelectMany(n => Gen.ArrayOf(WantedGen, n))
        from same in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from strategy in Gen.Elements(PlacementStrategy.Spread, PlacementStrategy.Pack)
        from limit in Gen.Choose(1, 5)
        select new PlacementRequest(s.Request with { Devices = [] }, HostFilter.Any, wanted.Select((w, i) => w with { Name = $"w{i}" }).ToList(), same, strategy, limit, null);

    private static Gen<DeviceWanted> WantedGen =>
        from count in Gen.Frequency((6, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        from vendor in Gen.Elements<ushort?>(null, null, null, FleetBuilders.Nvidia, 0x8086)
        from device in Gen.Elements<ushort?>(null, null, null, FleetBuilders.A100)
        from classCode in Gen.Elements<string?>(null, null, "0x03", "0x0302", "0x020000")
        from labelled in Gen.Elements(false, false, true)
        from policy in Gen.Elements<RdmPolicy?>(null, RdmPolicy.Strict, RdmPolicy.Relaxed)
        select new DeviceWanted("w", count, vendor, device, classCode is null ? null : ClassCodePrefix.Parse(classCode), Labels(labelled), policy);

    private static Gen<CandidateHost> HostGen =>
        from s in LayoutGenerators.Scenario
        from identities in Gen.ArrayOf(IdentityGen, s.Host.Devices.Count)
        let inventory = s.Host with { Devices = s.Host.Devices.Select((d, i) => d with { Identity = identities[i] }).ToList() }
        from owned in Gen.Frequency((3, Gen.Constant<IReadOnlyList<PciAddress>>([])), (1, Gen.SubListOf(inventory.Devices.Select(d => d.Address)).Select(l => (IReadOnlyList<PciAddress>)l)))
        from used in Gen.Elements(0UL, 0UL, 0UL, inventory.Memory.Bytes / 2, inventory.Memory.Bytes - ByteSize.MiB)
        select new CandidateHost(HostName.Parse("h0"), inventory,
            new HostUsage(owned.ToDictionary(a => a, _ => AssignmentBuilders.OtherDomain), new ByteSize(used / ByteSize.MiB * ByteSize.MiB)));

    private static Gen<DeviceIdentity> IdentityGen => Gen.Frequency(
        (1, Gen.Constant(DeviceIdentity.None)),
        (7,
            from model in Gen.Elements((FleetBuilders.Nvidia, FleetBuilders.A100, 0x030200u), ((ushort)0x8086, (ushort)0x3e92, 0x030000u), ((ushort)0x15b3, (ushort)0x101b, 0x020000u))
            from numa in Gen.Elements<int?>(0, 1, null)
            from labelled in Gen.Elements(false, true)
            select new DeviceIdentity(model.Item1, model.Item2, model.Item3, numa, Labels(labelled))));

    private static Dictionary<string, string> Labels(bool labelled) => labelled ? new() { ["model"] = "a100" } : [];
}
