using static Placement.Domain.Tests.Imports.Lspci.LspciRead;

namespace Placement.Domain.Tests.Imports.Lspci;

/// <summary>A function's first line: ids, class code and description in every naming mode of pci_lookup_name.</summary>
public sealed class LspciHeaderTests
{
    [Theory]
    // -nn: the ids are the last bracket; names hold brackets of their own.
    [InlineData("00:02.0 VGA compatible controller [0300]: Example Graphics GT215M [Aurora 335M] [1e5b:0caf] (rev a2)", 0x1e5b, 0x0caf, 0x030000)]
    [InlineData("00:00.0 Host bridge [0600]: Example Semiconductor, Inc. [ESI] Root Complex [1e5a:1510]", 0x1e5a, 0x1510, 0x060000)]
    [InlineData("00:14.0 USB controller [0c03]: Example Semiconductor xHCI [1e5a:a12f] (rev 31) (prog-if 30 [XHCI])", 0x1e5a, 0xa12f, 0x0c0330)]
    [InlineData("00:1f.1 IDE interface [0101]: Example Semiconductor IDE [1e5a:7111] (prog-if 8a [ISA Compatibility mode-only controller, supports bus mastering])", 0x1e5a, 0x7111, 0x01018a)]
    [InlineData("00:12.0 Non-Volatile memory controller [0108]: Device [1f1f:0001] (prog-if 02 [NVM Express])", 0x1f1f, 0x0001, 0x010802)]
    [InlineData("00:1f.4 Class [ff00]: Device [1f1f:0002]", 0x1f1f, 0x0002, 0xff0000)]
    // -n
    [InlineData("00:00.0 0600: 1e5a:1237 (rev 02)", 0x1e5a, 0x1237, 0x060000)]
    [InlineData("00:01.2 0c03: 1e5a:7020 (rev 01) (prog-if 20)", 0x1e5a, 0x7020, 0x0c0320)]
    // No names database: pciutils prints the numbers after "Class" and "Device".
    [InlineData("00:05.0 Class 0880: Device 1e5a:0d00", 0x1e5a, 0x0d00, 0x088000)]
    public void Read_NumbersPrinted_IdsAndClassCode(string header, int vendor, int device, int classCode)
    {
        var read = Text(header + "\n").Devices.ShouldHaveSingleItem();

        (read.VendorId, read.DeviceId, read.ClassCode).ShouldBe(((ushort?)vendor, (ushort?)device, (uint?)classCode));
    }

    [Theory]
    [InlineData("00:02.0 VGA compatible controller: Example Graphics GT215M [Aurora 335M] (rev a2)", "VGA compatible controller: Example Graphics GT215M [Aurora 335M]")]
    [InlineData("00:02.0 VGA compatible controller [0300]: Example Graphics GT215M [Aurora 335M] [1e5b:0caf] (rev a2) (prog-if 00 [VGA controller])", "VGA compatible controller: Example Graphics GT215M [Aurora 335M]")]
    [InlineData("00:1b.0 Audio device: Example Semiconductor Device 1c20 (rev 05)", "Audio device: Example Semiconductor Device 1c20")]
    [InlineData("00:00.0 0600: 1e5a:1237 (rev 02)", null)]
    public void Read_Header_DescriptionIsTheNamesWithoutNumbers(string header, string? description) =>
        Text(header + "\n").Devices.ShouldHaveSingleItem().Description.ShouldBe(description);

    [Fact]
    public void Read_NamesOnly_NoIdsAndNoClassCode()
    {
        // "Device 1c20" names the device id alone: the vendor id is not printed, so neither is read.
        var read = Text("00:1b.0 Audio device: Example Semiconductor Device 1c20 (rev 05)\n").Devices.ShouldHaveSingleItem();

        (read.VendorId, read.DeviceId, read.ClassCode).ShouldBe((null, null, null));
    }

    [Fact]
    public void Read_SubsystemLine_NotTheDevicesIds()
    {
        var read = Text("00:1b.0 Audio device: Example Semiconductor HD Audio (rev 05)\n\tSubsystem: Example Laptops Device [1d2c:0443]\n");

        read.Devices.ShouldHaveSingleItem().VendorId.ShouldBeNull();
    }

    [Theory]
    [InlineData("0000:81:00.0 3D controller: Example", 0, 0x81)]
    [InlineData("002a:03:00.1 3D controller: Example", 0x2a, 3)]
    [InlineData("00:1F.7 3D controller: Example", 0, 0)]
    public void Read_Address_DomainOptional(string header, int segment, int bus)
    {
        var address = Text(header + "\n").Devices.ShouldHaveSingleItem().Address;

        (address.Segment, address.Bus).ShouldBe((segment, bus));
    }
}
