namespace Placement.Api.Tests.Plans;

/// <summary>The BARs of bus 0 of a domain with the defaults (IDE, xen-platform, cirrus) and the laptop's IGD (16 MiB, 64-bit) at 00:04.0.</summary>
internal static class BusZero
{
    public const string IgdWithDefaults = """
        [
          { "sbdf": "0000:00:01.1", "index": 4, "kind": "io", "size": "0x10", "is64Bit": false, "start": "0xc100", "end": "0xc110", "window": "io" },
          { "sbdf": "0000:00:02.0", "index": 0, "kind": "io", "size": "0x100", "is64Bit": false, "start": "0xc000", "end": "0xc100", "window": "io" },
          { "sbdf": "0000:00:02.0", "index": 1, "kind": "memory", "size": "0x1000000", "is64Bit": false, "start": "0xf2000000", "end": "0xf3000000", "window": "low" },
          { "sbdf": "0000:00:03.0", "index": 0, "kind": "memory", "size": "0x2000000", "is64Bit": false, "start": "0xf0000000", "end": "0xf2000000", "window": "low" },
          { "sbdf": "0000:00:03.0", "index": 1, "kind": "memory", "size": "0x1000", "is64Bit": false, "start": "0xf4010000", "end": "0xf4011000", "window": "low" },
          { "sbdf": "0000:00:03.0", "index": 6, "kind": "rom", "size": "0x10000", "is64Bit": false, "start": "0xf4000000", "end": "0xf4010000", "window": "low" },
          { "sbdf": "0000:00:04.0", "index": 0, "kind": "memory", "size": "0x1000000", "is64Bit": true, "hostSbdf": "0000:00:02.0", "start": "0xf3000000", "end": "0xf4000000", "window": "low" }
        ]
        """;
}
