namespace Placement.Domain.Imports;

/// <summary>One (device, function) pair of a device scope's path, as stored (device ≤ 1f, function ≤ 7).</summary>
public readonly record struct DmarPathHop(byte Device, byte Function);
