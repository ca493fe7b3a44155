using Npgsql;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Tests.Domains;

/// <summary>The partial unique indexes hold whatever the code above them does: one live owner per device, one live name per host.</summary>
public sealed class LiveIndexTests : DatabaseTest
{
    private const string Sbdf = "0000:03:00.0";

    [Theory]
    [InlineData("xen-1", false, true)]
    [InlineData("xen-1", true, false)]
    [InlineData("xen-2", false, false)]
    public async Task InsertAssignment_DeviceAssignedBefore_RefusedOnlyWhileLiveOnSameHost(string host, bool firstReleased, bool refused)
    {
        var first = await Rows.InsertDomainAsync(Database, "xen-1", "vm-1");
        var second = await Rows.InsertDomainAsync(Database, host, "vm-2");
        await Rows.InsertAssignmentAsync(Database, first, "xen-1", Sbdf, released: firstReleased);

        var insert = () => Rows.InsertAssignmentAsync(Database, second, host, Sbdf);

        await ShouldBeRefusedAsync(insert, refused, DomainStore.LiveDeviceIndex);
    }

    [Theory]
    [InlineData("xen-1", false, true)]
    [InlineData("xen-1", true, false)]
    [InlineData("xen-2", false, false)]
    public async Task InsertDomain_NameTakenBefore_RefusedOnlyWhileLiveOnSameHost(string host, bool firstDestroyed, bool refused)
    {
        await Rows.InsertDomainAsync(Database, "xen-1", "vm-1", destroyed: firstDestroyed);

        var insert = () => Rows.InsertDomainAsync(Database, host, "vm-1");

        await ShouldBeRefusedAsync(insert, refused, "ux_domains_live_name");
    }

    private static async Task ShouldBeRefusedAsync(Func<Task> insert, bool refused, string index)
    {
        if (!refused)
        {
            await insert();
            return;
        }

        var error = await Should.ThrowAsync<PostgresException>(insert);
        error.SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
        error.ConstraintName.ShouldBe(index);
    }
}
