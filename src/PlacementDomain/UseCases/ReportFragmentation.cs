using Placement.Domain.Arm;
using Placement.Domain.Inventory;

namespace Placement.Domain.UseCases;

public abstract record FragmentationOutcome
{
    public sealed record Reported(HostFragmentation Report) : FragmentationOutcome;

    /// <summary>An x86_64 host: its domains take memory by size, not at addresses.</summary>
    public sealed record NotArm : FragmentationOutcome;
}

/// <summary>How fragmented an arm64 host's memory is, for direct-mapped domains and for the heap.</summary>
public static class ReportFragmentation
{
    public static FragmentationOutcome Decide(HostInventory host, HostUsage usage) =>
        host.Arm is null ? new FragmentationOutcome.NotArm() : new FragmentationOutcome.Reported(HostFragmentation.Of(host, usage));
}
