using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Hosts;
using Placement.Api.Plans;
using Placement.Domain.Inventory;
using Placement.Domain.Migration;
using Placement.Domain.UseCases;

namespace Placement.Api.Domains;

/// <summary>
/// The Swagger examples of migrations: vm-42 (see <see cref="DomainExamples"/>) checked against a
/// twin of its host, and against a host without IOMMU. Computed by the domain, so they follow the rules.
/// </summary>
internal static class MigrationExamples
{
    private const string Twin = "xen-r12-08";
    private const string NoIommu = "xen-r07-02";

    public static readonly MigrationCheckBody Check = new([new MigrationTargetBody(Twin, null), new MigrationTargetBody(NoIommu, null)], 100);

    public static readonly MigrationBody Move = new(Twin, [new DeviceRequestBody("0000:00:02.0", "strict")]);

    public static MigrationCheckResponse Response => new(
        MigrationCheck.Rank([Verdict(Twin, Host), Verdict(NoIommu, Host with { Iommu = false })]).Select(MigrationsApi.ToResponse).ToList(), 2);

    public static ProblemHttpResult Refused =>
        DomainProblems.MigrationRefused(MigrationsApi.ToResponse(Verdict(NoIommu, Host with { Iommu = false })), 73);

    private static HostInventory Host => HostExamples.Inventory.ToInventory()!;

    /// <summary>The check of a target that names no devices: the domain's, mapped.</summary>
    private static TargetVerdict Verdict(string name, HostInventory inventory)
    {
        var moving = MigrateDomain.Moving(DomainExamples.Stored, Host.Devices.ToDictionary(d => d.Address, d => d.Identity));
        return MigrationCheck.Check(moving, new MigrationTarget(HostName.Parse(name), inventory, HostUsage.None, null));
    }
}
