using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>The patterns of the Linux log lines that matter, and the prefixes in front of them.</summary>
internal static partial class LinuxLine
{
    /// <summary>True for a line the kernel log starts (a timestamp, a printk level, journalctl's host and "kernel:").</summary>
    public static bool StartsEntry(string line) => Prefix().Match(line).Length > 0;

    /// <summary>The message without <c>&lt;6&gt;</c>, <c>[    0.050713]</c>, <c>[Mon Apr 18 10:11:12 2022]</c> or <c>oct. 13 21:14:33 host kernel:</c>.</summary>
    public static string Body(string line) => line[Prefix().Match(line).Length..].Trim();

    [GeneratedRegex(@"^(?:<\d+>)?(?:[^\[\]]{0,40}?\d\d:\d\d:\d\d\S* +\S+ +kernel: *)?(?:\[ *\d+\.\d+\] *|\[\w{3} \w{3} +\d+ [\d:]+ \d{4}\] *)?")]
    private static partial Regex Prefix();

    // "RMRR base: %#016Lx end: %#016Lx" in every era: "ACPI DMAR:", "dmar: ", "DMAR: ".
    [GeneratedRegex(@"RMRR base: *(?<first>(?:0x)?[0-9a-fA-F]+) +end: *(?<last>(?:0x)?[0-9a-fA-F]+)")]
    public static partial Regex Rmrr();

    // "IOMMU: Setting identity map for device 0000:00:1d.0 [0xbdea8000 - 0xbdeb6fff]" (to about 5.0),
    // then dev_info: "pci 0000:00:02.0: DMAR: Setting identity map [0xbf800000 - 0xcf9fffff]".
    [GeneratedRegex(@"(?:Setting identity map for device (?<device>\S+)|(?<device>[0-9a-fA-F]+:[0-9a-fA-F]+:[0-9a-fA-F]+\.[0-7]): (?:DMAR|IOMMU): Setting identity map) \[(?<first>0x[0-9a-fA-F]+) *- *(?<last>0x[0-9a-fA-F]+)\]")]
    public static partial Regex IdentityMap();

    [GeneratedRegex(@"Prepare 0-16MiB unity mapping for LPC")]
    public static partial Regex LpcUnityMap();

    [GeneratedRegex(@"\[Firmware Bug\].*RMRR|RMRR entry for device .* is broken")]
    public static partial Regex FirmwareBug();

    [GeneratedRegex(@"^Memory: *\d+K/(?<kib>\d+)K available")]
    public static partial Regex Memory();

    // A PCI segment (domain) of 5+ hex digits: Intel VMD puts its devices at 10000 and up.
    [GeneratedRegex(@"\b(?<address>[0-9a-fA-F]{5,}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])\b")]
    public static partial Regex WideSegment();
}
