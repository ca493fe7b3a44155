using Placement.Domain.Layout;

namespace Placement.Domain.Tests.Fleet;

internal static class PlanAssertions
{
    /// <summary>Asserts that two plans are the same, part by part (their lists are compared by content).</summary>
    public static void ShouldBeThePlan(this LayoutPlan actual, LayoutPlan expected, string because)
    {
        (actual.Feasible, actual.LowMemEnd, actual.HighMemEnd, actual.MmioHoleStart).ShouldBe((expected.Feasible, expected.LowMemEnd, expected.HighMemEnd, expected.MmioHoleStart), because);
        (actual.GuestMemoryMap ?? []).ShouldBe(expected.GuestMemoryMap ?? [], because);
        (actual.E820 ?? []).ShouldBe(expected.E820 ?? [], because);
        actual.ReservedDeviceMemory.ShouldBe(expected.ReservedDeviceMemory, because);
        actual.Bars.ShouldBe(expected.Bars, because);
        actual.Findings.ShouldBe(expected.Findings, because);
        actual.Devices.Select(d => (d.Device, d.Policy, d.Outcome, string.Join("; ", d.Findings))).ShouldBe(
            expected.Devices.Select(d => (d.Device, d.Policy, d.Outcome, string.Join("; ", d.Findings))), because);
    }
}
