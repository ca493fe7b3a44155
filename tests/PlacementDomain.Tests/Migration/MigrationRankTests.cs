using FsCheck;
using FsCheck.Fluent;
using Placement.Domain.Layout;
using Placement.Domain.Memory;
using Placement.Domain.Migration;
using Placement.Domain.Tests.Layout;
using HostName = Placement.Domain.Inventory.HostName;

namespace Placement.Domain.Tests.Migration;

/// <summary><see cref="MigrationCheck.Rank"/>: compatible first, then fewer warnings, then more free memory, then by name.</summary>
public sealed class MigrationRankTests
{
    private static TargetVerdict Verdict(string host, MigrationVerdict verdict, int warnings, ulong freeMiB, int infos = 0) => new(
        HostName.Parse(host),
        verdict,
        ByteSize.FromMiB(freeMiB),
        [],
        [.. Enumerable.Repeat(Finding.Warning(FindingCodes.IdentityMapConflict, "w"), warnings),
         .. Enumerable.Repeat(Finding.Info(FindingCodes.RegionNotReserved, "i"), infos)]);

    private static string Order(IEnumerable<TargetVerdict> verdicts) => string.Join(" ", MigrationCheck.Rank(verdicts).Select(v => v.Host.Value));

    [Fact]
    public void Rank_MixedVerdicts_CompatibleThenFewerWarningsThenMoreMemoryThenName()
    {
        TargetVerdict[] verdicts =
        [
            Verdict("d", MigrationVerdict.Incompatible, 0, 131072),
            Verdict("f", MigrationVerdict.CompatibleWithWarnings, 2, 131072),
            Verdict("b", MigrationVerdict.CompatibleWithWarnings, 1, 4096),
            Verdict("e", MigrationVerdict.Compatible, 0, 65536),
            Verdict("c", MigrationVerdict.Compatible, 0, 32768),
            Verdict("a", MigrationVerdict.Compatible, 0, 65536),
            Verdict("g", MigrationVerdict.Incompatible, 1, 262144),
        ];

        Order(verdicts).ShouldBe("a e c b f d g");
    }

    [Fact]
    public void Rank_InfoFindings_CountAsNoWarning()
    {
        Order([Verdict("a", MigrationVerdict.Compatible, 0, 1024, infos: 3), Verdict("b", MigrationVerdict.Compatible, 0, 2048)]).ShouldBe("b a");
        Order([Verdict("b", MigrationVerdict.CompatibleWithWarnings, 1, 1024, infos: 5), Verdict("a", MigrationVerdict.CompatibleWithWarnings, 2, 1024)]).ShouldBe("b a");
    }

    [Fact]
    public void Rank_HostNames_OrdinalNotCultureOrder()
    {
        Order([Verdict("b", MigrationVerdict.Compatible, 0, 1), Verdict("a-2", MigrationVerdict.Compatible, 0, 1), Verdict("a.1", MigrationVerdict.Compatible, 0, 1)])
            .ShouldBe("a-2 a.1 b");
    }

    private static readonly Gen<TargetVerdict[]> VerdictsGen =
        from count in Gen.Choose(0, 12)
        from shapes in Gen.ArrayOf(
            from verdict in Gen.Elements(MigrationVerdict.Compatible, MigrationVerdict.CompatibleWithWarnings, MigrationVerdict.Incompatible)
            from warnings in Gen.Choose(0, 3)
            from free in Gen.Elements(0UL, 1024UL, 4096UL, 65536UL)
            select (verdict, warnings, free), count)
        select shapes.Select((s, i) => Verdict($"h{i}", s.verdict, s.warnings, s.free)).ToArray();

    [Fact]
    public void Rank_AnyVerdicts_PermutationSortedByKeysAndIndependentOfInputOrder() =>
        Check.One(LayoutPlannerPropertyTests.Runs, Prop.ForAll(VerdictsGen.ToArbitrary(), verdicts =>
        {
            var ranked = MigrationCheck.Rank(verdicts);
            ranked.ShouldBe(MigrationCheck.Rank(verdicts.Reverse()));
            ranked.Select(v => v.Host).OrderBy(h => h.Value, StringComparer.Ordinal).ShouldBe(verdicts.Select(v => v.Host).OrderBy(h => h.Value, StringComparer.Ordinal));
            foreach (var (first, second) in ranked.Zip(ranked.Skip(1)))
            {
                var a = (first.Verdict, first.Warnings, -(long)first.FreeMemory.Bytes);
                var b = (second.Verdict, second.Warnings, -(long)second.FreeMemory.Bytes);
                (a.CompareTo(b) < 0 || (a == b && string.CompareOrdinal(first.Host.Value, second.Host.Value) < 0)).ShouldBeTrue($"{first.Host} before {second.Host}");
            }

            return true;
        }));
}
