using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>
/// What a device adds to a plan's findings, counted: errors, then warnings, compared in that order.
/// Either may be below zero: a device whose own policy relaxes an RDM the host strategy reserves
/// strictly turns an error into a warning.
/// </summary>
internal readonly record struct DeviceCost(int Errors, int Warnings) : IComparable<DeviceCost>
{
    /// <summary>Findings about the device itself (IOMMU, BARs), which its regions do not decide.</summary>
    private static readonly string[] OfTheDeviceItself = [FindingCodes.DeviceWithoutIommu, FindingCodes.BarNoSpace, FindingCodes.HighBarOverlapsRdm];

    public static DeviceCost WithoutIommu { get; } = new(1, 0);

    /// <summary>The plan's errors and warnings but those about a device itself.</summary>
    public static DeviceCost Of(LayoutPlan plan)
    {
        var (errors, warnings) = (0, 0);
        foreach (var finding in plan.Findings)
        {
            if (Array.IndexOf(OfTheDeviceItself, finding.Code) < 0)
            {
                errors += finding.Severity == Severity.Error ? 1 : 0;
                warnings += finding.Severity == Severity.Warning ? 1 : 0;
            }
        }

        return new DeviceCost(errors, warnings);
    }

    /// <summary>Every error and warning of <paramref name="findings"/>.</summary>
    public static DeviceCost Count(IReadOnlyList<Finding> findings)
    {
        var (errors, warnings) = (0, 0);
        for (var i = 0; i < findings.Count; i++)
        {
            errors += findings[i].Severity == Severity.Error ? 1 : 0;
            warnings += findings[i].Severity == Severity.Warning ? 1 : 0;
        }

        return new DeviceCost(errors, warnings);
    }

    public static DeviceCost operator +(DeviceCost a, DeviceCost b) => new(a.Errors + b.Errors, a.Warnings + b.Warnings);

    public static DeviceCost operator -(DeviceCost a, DeviceCost b) => new(a.Errors - b.Errors, a.Warnings - b.Warnings);

    public static bool operator <(DeviceCost a, DeviceCost b) => a.CompareTo(b) < 0;

    public static bool operator >(DeviceCost a, DeviceCost b) => a.CompareTo(b) > 0;

    public static bool operator <=(DeviceCost a, DeviceCost b) => a.CompareTo(b) <= 0;

    public static bool operator >=(DeviceCost a, DeviceCost b) => a.CompareTo(b) >= 0;

    public int CompareTo(DeviceCost other) => Errors != other.Errors ? Errors.CompareTo(other.Errors) : Warnings.CompareTo(other.Warnings);
}
