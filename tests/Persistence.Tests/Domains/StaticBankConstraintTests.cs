using Npgsql;

namespace Placement.Persistence.Tests.Domains;

/// <summary>The exclusion constraint on static banks holds whatever the code above it does: held banks of one host never overlap.</summary>
public sealed class StaticBankConstraintTests : DatabaseTest
{
    [Theory]
    [InlineData("xen-1", 0x50000000L, 0x60000000L, false, true)]
    [InlineData("xen-1", 0x5FFFF000L, 0x70000000L, false, true)]
    [InlineData("xen-1", 0x40000000L, 0x80000000L, false, true)]
    [InlineData("xen-1", 0x60000000L, 0x70000000L, false, false)]
    [InlineData("xen-1", 0x40000000L, 0x50000000L, false, false)]
    [InlineData("xen-1", 0x50000000L, 0x60000000L, true, false)]
    [InlineData("xen-2", 0x50000000L, 0x60000000L, false, false)]
    public async Task InsertBank_OverlappingAHeldBank_RefusedOnlyOnTheSameHostWhileHeld(string host, long start, long end, bool firstReleased, bool refused)
    {
        var first = await Rows.InsertDomainAsync(Database, "xen-1", "vm-1");
        var second = await Rows.InsertDomainAsync(Database, host, "vm-2");
        await Rows.InsertStaticBankAsync(Database, first, "xen-1", 0x50000000, 0x60000000, released: firstReleased);

        var insert = () => Rows.InsertStaticBankAsync(Database, second, host, start, end);

        if (!refused)
        {
            await insert();
            return;
        }

        var error = await Should.ThrowAsync<PostgresException>(insert);
        error.SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
        error.ConstraintName.ShouldBe("ex_static_banks_overlap");
    }

    [Theory]
    [InlineData(0x60000000L, 0x60000000L)]
    [InlineData(0x60000000L, 0x50000000L)]
    [InlineData(-4096L, 0x1000L)]
    public async Task InsertBank_EmptyInvertedOrNegative_Refused(long start, long end)
    {
        var domain = await Rows.InsertDomainAsync(Database, "xen-1", "vm-1");

        var error = await Should.ThrowAsync<PostgresException>(() => Rows.InsertStaticBankAsync(Database, domain, "xen-1", start, end));

        error.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
    }
}
