using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using static Placement.Domain.Tests.Assignment.AssignmentBuilders;
using static Placement.Domain.Tests.Layout.LayoutBuilders;

namespace Placement.Domain.Tests.Migration;

/// <summary>A shortlist answers what checking every target, ranking them all and taking the first would.</summary>
public sealed class MigrationShortlistTests
{
    private const string A = "0000:00:04.0";
    private const int Targets = 41;

    private static readonly HostName Source = HostName.Parse("source");
    private static readonly MovingDomain Moving = new(
        Create(Host([Device(A, Mem32(0, 16 * MiB)), Device(Gpu)]), Request(4096, Assign(A), Assign(Gpu)) with { GlobalPolicy = RdmPolicy.Relaxed }),
        "web", ByteSize.FromMiB(4096), CpuArchitecture.X64, Source);

    private static readonly HostName[] Unknown = [HostName.Parse("aa-gone"), HostName.Parse("zz-gone")];

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(17)]
    [InlineData(Targets + 2)]
    [InlineData(1000)]
    public void Ranked_AnyLimit_FirstOfTheRankOfEveryFullCheck(int limit)
    {
        var fleet = Fleet();
        var expected = MigrationCheck.Rank(fleet.Select(t => MigrationCheck.Check(Moving, t)).Concat(Unknown.Select(MigrationCheck.Unknown)))
            .Take(limit).Select(Describe).ToList();

        var shortlist = new MigrationShortlist(Moving, limit);
        // Not in rank or name order, so that the shortlist drops targets it kept.
        foreach (var i in Enumerable.Range(0, Targets).Select(i => i * 7 % Targets))
        {
            shortlist.Add(fleet[i]);
        }

        shortlist.AddUnknown(Unknown[1]);
        shortlist.AddUnknown(Unknown[0]);

        shortlist.Ranked().Select(Describe).ToList().ShouldBe(expected);
        shortlist.Evaluated.ShouldBe(Targets + Unknown.Length);
    }

    [Fact]
    public void Ranked_Fleet_EveryVerdictAndRegionNotReservedOccur()
    {
        var shortlist = new MigrationShortlist(Moving, 1000);
        Fleet().ForEach(shortlist.Add);

        var ranked = shortlist.Ranked();

        ranked.Select(v => v.Verdict).Distinct().Order()
            .ShouldBe([MigrationVerdict.Compatible, MigrationVerdict.CompatibleWithWarnings, MigrationVerdict.Incompatible]);
        ranked.SelectMany(v => v.Findings).Select(f => f.Code).ShouldContain(FindingCodes.RegionNotReserved);
    }

    [Fact]
    public void Ranked_AskedTwice_SameAnswer()
    {
        var shortlist = new MigrationShortlist(Moving, 1000);
        Fleet().ForEach(shortlist.Add);

        var first = shortlist.Ranked().Select(Describe).ToList();

        shortlist.Ranked().Select(Describe).ToList().ShouldBe(first);
    }

    [Fact]
    public void Constructor_LimitZero_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => new MigrationShortlist(Moving, 0));

    /// <summary>Targets with A and the GPU: free of regions, an RMRR on guest RAM, a shared one, another device's on RAM, a busy GPU; memory varies.</summary>
    private static List<MigrationTarget> Fleet() => Enumerable.Range(0, Targets).Select(i =>
    {
        ReservedRegion[] regions = (i % 5) switch
        {
            0 => [],
            1 => [Region(0xA0000000, 0xA3800000, Gpu)],
            2 => [Region(0xF4000000, 0xF4004000, Gpu, Usb)],
            3 => [Region(0x40000000, 0x40010000, Usb), Region(0xFD000000, 0xFD004000, Audio)],
            _ => [Region(0xE8000, 0xEC000, Usb)],
        };
        var host = Host([Device(A), Device(Gpu), Device(Usb), Device(Audio)], regions) with
        {
            Architecture = i == 13 ? CpuArchitecture.Arm64 : CpuArchitecture.X64,
            Memory = ByteSize.FromMiB(i == 11 ? 2048UL : 65536UL * (1 + (ulong)(i % 3))),
        };
        var usage = i % 5 == 4 ? Owned((Gpu, OtherDomain)) : HostUsage.None;
        var name = i == 7 ? Source : HostName.Parse($"xen-{i:D2}");
        return new MigrationTarget(name, host, usage, [Assign(A), Assign(Gpu)], i == 9 ? OtherDomain : null);
    }).ToList();

    private static string Describe(TargetVerdict verdict) =>
        $"{verdict.Host} {verdict.Verdict} {verdict.FreeMemory} | " +
        string.Join("; ", verdict.Devices.Select(d => $"{d.Device} {d.Policy} {d.Outcome} [{Describe(d.Findings)}]")) +
        $" | {Describe(verdict.Findings)}";

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Severity} {f.Code} {f.Range} {f.Device} {f.Message}"));
}
