using Placement.Api.Hosts;

namespace Placement.Api.Hosting;

internal static class Examples
{
    private static readonly Dictionary<Type, object> ByType = new()
    {
        [typeof(HostInventoryBody)] = HostExamples.Inventory,
        [typeof(HostResponse)] = HostExamples.Host,
        [typeof(HostSummaryResponse)] = HostExamples.Summary,
        [typeof(Page<HostSummaryResponse>)] = HostExamples.Page,
    };

    public static object? For(Type type) => ByType.GetValueOrDefault(type);
}
