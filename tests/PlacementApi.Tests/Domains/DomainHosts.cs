using System.Text.Json.Nodes;
using Placement.Api.Tests.Hosts;

namespace Placement.Api.Tests.Domains;

/// <summary>Hosts and create requests of the domain tests.</summary>
public static class DomainHosts
{
    public const string Host = "xen-1";

    /// <summary>The time the manual clock of every test starts at.</summary>
    public static readonly DateTimeOffset Start = Placement.TestSupport.TestClock.Start;

    public const string Igd = "0000:00:02.0";

    public const string Xhci = "0000:00:14.0";

    /// <summary>
    /// 64 GiB; the IGD has no RMRR, the xHCI controller has [0xa0000000, 0xa3800000): above the 2 GiB
    /// boundary, so a domain that reserves it (strategy host) moves its low RAM below it, and one that
    /// does not (strategy ignore, IGD only) has it as guest RAM.
    /// </summary>
    public static JsonObject Hotplug() => Inventories.Laptop().Edited("""
        { "reservedRegions": [ { "start": "0xa0000000", "end": "0xa3800000", "devices": ["0000:00:14.0"] } ] }
        """);

    /// <summary>The laptop without reserved regions: no device has an RMRR.</summary>
    public static JsonObject NoRmrr() => Inventories.Laptop().Edited("""{ "reservedRegions": [] }""");

    /// <summary>A 4096 MiB domain holding the IGD, with this rdm strategy.</summary>
    public static string WithIgd(string name, string strategy = "ignore") =>
        $$"""{ "name": "{{name}}", "memoryMiB": 4096, "rdm": { "strategy": "{{strategy}}" }, "devices": [ { "sbdf": "00:02.0" } ] }""";

    /// <summary>A domain holding no device, with passthrough enabled so that devices can be hotplugged.</summary>
    public static string Bare(string name, int memoryMiB = 1024) => $$"""{ "name": "{{name}}", "memoryMiB": {{memoryMiB}}, "passthrough": "enabled" }""";
}
