using BenchmarkDotNet.Attributes;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Memory;

namespace Placement.Benchmarks;

[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private HostInventory host = null!;
    private X86Request typical = null!;
    private List<RdmEntry> entries = null!;
    private RamLayout ram = null!;
    private List<PciDevice> devices = null!;
    private List<AddressRange> kept = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = BenchmarkHosts.Large();
        typical = BenchmarkHosts.Typical(host);
        entries = RdmEntries.Collect(host, typical);
        ram = RamLayout.Initial(typical).MoveBelow(entries, typical);
        devices = typical.Devices.Select(d => host.Devices.First(h => h.Address == d.Address)).ToList();
        kept = entries.Select(e => e.Range).ToList();
    }

    [Benchmark]
    public object Collect() => RdmEntries.Collect(host, typical);

    [Benchmark]
    public object Ram() => RamLayout.Initial(typical).MoveBelow(entries, typical);

    [Benchmark]
    public object Bars() => BarPlacement.Place(GuestBus.Functions(typical.Emulated, typical.VideoRamMiB, devices), typical.MmioHoleMiB, ram, kept, 46);

    [Benchmark]
    public object Checks() => devices.Select(d => DeviceChecks.Check(host, d, typical.Devices[0], RdmPolicy.Relaxed)).ToList();

    [Benchmark]
    public object E820() => FirmwareView.E820(GuestFirmware.SeaBios, FirmwareView.GuestMemoryMap(ram, kept));
}
