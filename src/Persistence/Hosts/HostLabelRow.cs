
namespace Placement.Persistence.Hosts;

public sealed class HostLabelRow
{
    public required string HostName { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }
}
