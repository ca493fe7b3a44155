using Placement.Domain.Inventory;

namespace Placement.Domain.Layout;

/// <summary>
/// The hosts of strategy pool as the request names them: <see cref="Hosts"/>, or every host
/// carrying <see cref="Label"/> (<c>key=value</c>). Kept to show what a domain was created from;
/// the planner reads only the ranges they resolved to (<see cref="X86Request.Reserve"/>).
/// </summary>
public sealed record RdmPool(IReadOnlyList<HostName> Hosts, string? Label)
{
    public static RdmPool Named(IReadOnlyList<HostName> hosts) => new(hosts, null);

    public static RdmPool Labelled(string label) => new([], label);
}
