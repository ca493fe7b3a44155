namespace Placement.Domain.Imports;

/// <summary>
/// Reads Linux's kernel log (<c>dmesg</c>, <c>dmesg -T</c>, <c>journalctl -k</c>): the
/// <c>RMRR base: a end: b</c> lines (inclusive ends, read half-open) and the total of
/// <c>Memory: availK/totalK available</c>. The RMRR lines name no devices; the identity-map lines
/// Linux prints for each present device of an RMRR name them. Rules: docs/formats/logs.md.
/// </summary>
public static class LinuxDmesg
{
    public static ImportOutcome Read(string text) =>
        ImportBuilder.Run(ImportFormat.LinuxDmesg, builder => new LinuxDmesgReader(builder).Read(text));
}
