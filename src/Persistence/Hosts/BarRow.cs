
namespace Placement.Persistence.Hosts;

public sealed class BarRow
{
    public required string HostName { get; set; }

    public required string Sbdf { get; set; }

    public int Index { get; set; }

    public required string Kind { get; set; }

    public long Size { get; set; }

    public bool Is64Bit { get; set; }

    public bool Prefetchable { get; set; }
}
