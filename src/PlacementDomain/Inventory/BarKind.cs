namespace Placement.Domain.Inventory;

/// <summary>What a base address register decodes: memory space, I/O ports, or the expansion ROM.</summary>
public enum BarKind
{
    Memory,
    Io,
    Rom,
}
