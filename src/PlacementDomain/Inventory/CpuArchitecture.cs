namespace Placement.Domain.Inventory;

public enum CpuArchitecture
{
    /// <summary>x86_64 (AMD64, Intel 64).</summary>
    X64,
    Arm64,
}
